package eu.vigil.ui;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The layout's model on every page of a servlet web application, and the viewer-time formatter for templates. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(PageModel.class)
public class UiKitAutoConfiguration {

    @Bean
    ViewerTime vigilTime() {
        return new ViewerTime();
    }
}
