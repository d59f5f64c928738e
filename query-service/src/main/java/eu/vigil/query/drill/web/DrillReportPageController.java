package eu.vigil.query.drill.web;

import eu.vigil.query.drill.DrillNotFoundException;
import eu.vigil.query.drill.DrillReports;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.pdf.PdfDocuments;
import eu.vigil.ui.pdf.PdfMetadata;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.Locale;
import java.util.UUID;

/**
 * The drill reports' pages: the hospital's drills side by side, one drill's report, and that report as a PDF with
 * EXERCISE across every page. The security rules are {@link DrillReportApiController}'s.
 */
@Controller
class DrillReportPageController {

    private final DrillReports reports;
    private final DrillReportDocument document;
    private final PdfDocuments pdfs;
    private final MessageSource messages;

    DrillReportPageController(DrillReports reports, DrillReportDocument document, PdfDocuments pdfs,
                              MessageSource messages) {
        this.reports = reports;
        this.document = document;
        this.pdfs = pdfs;
        this.messages = messages;
    }

    @GetMapping("/drill-reports")
    String list(@AuthenticationPrincipal VigilUser user, Locale locale, Model model) {
        model.addAttribute("drills", reports.ofHospital(user))
                .addAttribute("language", DrillReportDocument.language(locale));
        return "drill/reports";
    }

    @GetMapping("/drill-reports/{drillId}")
    String report(@PathVariable UUID drillId, @AuthenticationPrincipal VigilUser user, Locale locale, Model model) {
        model.addAttribute("report", reports.of(drillId, user)).addAttribute("language", DrillReportDocument.language(locale));
        return "drill/report";
    }

    @GetMapping("/drill-reports/{drillId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID drillId, @AuthenticationPrincipal VigilUser user, Locale locale) {
        var report = reports.of(drillId, user);
        String language = DrillReportDocument.language(locale);
        String title = messages.getMessage("exercise.badge", null, locale) + " · "
                + messages.getMessage("drill.report.title", new Object[]{report.title()}, locale);
        byte[] pdf = pdfs.render(document.html(report, locale), new PdfMetadata(title, language,
                messages.getMessage("drill.report.subject", null, locale), null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("exercise-drill-report-" + drillId.toString().substring(0, 8) + ".pdf").build()
                        .toString())
                .body(pdf);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(DrillNotFoundException e) {
        return "drill/not-found"; // never confirm that another hospital's drill exists
    }
}
