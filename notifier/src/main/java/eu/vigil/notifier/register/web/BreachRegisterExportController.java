package eu.vigil.notifier.register.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.ui.pdf.PdfDocuments;
import eu.vigil.ui.pdf.PdfMetadata;
import eu.vigil.notifier.register.BreachRegister;
import eu.vigil.notifier.register.RegisterFilter;
import eu.vigil.security.VigilUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** The register as the DPO hands it to the supervisory authority: CSV for a spreadsheet, PDF/A to print or file. */
@RestController
class BreachRegisterExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BreachRegister register;
    private final BreachRegisterCsv csv;
    private final PdfDocuments pdf;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    BreachRegisterExportController(BreachRegister register, BreachRegisterCsv csv, PdfDocuments pdf,
                                   ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.register = register;
        this.csv = csv;
        this.pdf = pdf;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/breach-register.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal VigilUser user, @RequestParam(required = false) String year,
                               @RequestParam(required = false) String status) {
        var filter = RegisterFilter.parse(year, status);
        var entries = register.of(HospitalId.of(user.ownHospital()), filter);
        return file(csv.write(entries, LocaleContextHolder.getLocale()), CSV, fileName(filter, "csv"));
    }

    @GetMapping("/breach-register.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal VigilUser user, @RequestParam(required = false) String year,
                               @RequestParam(required = false) String status) {
        var filter = RegisterFilter.parse(year, status);
        var hospital = HospitalId.of(user.ownHospital());
        Locale locale = LocaleContextHolder.getLocale();
        var page = new Context(locale, Map.of("entries", register.of(hospital, filter), "filter", filter,
                "hospitalId", hospital.value(), "times", new RegisterTimes(locale), "printedAt", clock.instant()));
        String title = messages.getMessage("register.title", null, locale) + " — " + hospital.value();
        String language = locale.getLanguage().matches("[a-z]{2}") ? locale.getLanguage() : "en";
        byte[] document = pdf.render(templates.process("register/print", page), new PdfMetadata(title, language,
                messages.getMessage("register.pdf.subject", null, locale), "Vigil"));
        return file(document, MediaType.APPLICATION_PDF, fileName(filter, "pdf"));
    }

    private static String fileName(RegisterFilter filter, String extension) {
        return "breach-register" + (filter.year() == null ? "" : "-" + filter.year())
                + (filter.status() == null ? "" : "-" + filter.status().code()) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }
}
