package eu.vigil.ui.pdf;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** {@link PdfDocuments} for a service that renders PDFs: one that declares openhtmltopdf (optional here). */
@AutoConfiguration
@ConditionalOnClass(name = "com.openhtmltopdf.pdfboxout.PdfRendererBuilder")
public class PdfAutoConfiguration {

    @Bean
    PdfDocuments pdfDocuments() {
        return new PdfDocuments();
    }
}
