package eu.vigil.bench;

import eu.vigil.notifier.draft.DraftReport;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

/**
 * The approved draft of a large incident, rendered by the notifier's own report template ({@code draft/report.html})
 * and message bundles, as {@code DraftReport.html} does: 500 timeline entries in the measures taken and 200
 * indicators, each line shaped like the notifier's prefill writes it ("local time (zone) · UTC time: text", "type:
 * value (TLP)").
 */
final class LargeIncidentReport {

    static final int TIMELINE_ENTRIES = 500;
    static final int INDICATORS = 200;
    static final String LANGUAGE = "fr";

    private static final Instant AWARE = Instant.parse("2026-03-28T22:30:00Z"); // the night EU clocks go forward
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final DraftReport.Report report;

    LargeIncidentReport() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true); // as in the notifier: a template is parsed once
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        report = report(messages);
    }

    /** The whole page, rendered anew on each call: what the draft's HTML export and its PDF export start from. */
    String html() {
        var context = new Context(Locale.forLanguageTag(LANGUAGE));
        context.setVariable("report", report);
        return templates.process("draft/report", context);
    }

    String title() {
        return report.title();
    }

    String legalBasis() {
        return report.legalBasis();
    }

    private static DraftReport.Report report(ResourceBundleMessageSource messages) {
        Locale locale = Locale.forLanguageTag(LANGUAGE);
        var local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.FRENCH);
        var measures = new StringBuilder();
        for (int i = 0; i < TIMELINE_ENTRIES; i++) {
            Instant at = AWARE.plus(Duration.ofMinutes(7L * i));
            measures.append(local.format(at.atZone(ZONE))).append(" (").append(ZONE.getId()).append(") · ")
                    .append(UTC.format(at.atOffset(ZoneOffset.UTC))).append(": Mesure n° ").append(i)
                    .append(" : accès anormal bloqué sur le serveur de dossiers patients, Größe ")
                    .append(i * 13 % 997).append(" Mo, poste isolé du réseau.\n");
        }
        var indicators = new StringBuilder();
        for (int i = 0; i < INDICATORS; i++) {
            indicators.append(i % 2 == 0 ? "ipv4: 192.0.2." + i % 256 : "domain: malveillant-" + i + ".example")
                    .append(" (amber)\n");
        }
        UUID incident = UUID.fromString("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
        String digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        var sections = new ArrayList<DraftReport.Section>();
        for (String[] field : new String[][] {
                {"summary", "Rançongiciel sur le serveur de dossiers patients de l’hôpital Saint-Éloi ; Übermittlung"
                        + " an die Aufsichtsbehörde ; notificação à autoridade."},
                {"rootCause", "Accès VPN compromis, famille LockBit."},
                {"indicators", indicators.toString()},
                {"mitigation", measures.toString()}}) {
            sections.add(new DraftReport.Section(field[0],
                    messages.getMessage("draft.field." + field[0], null, locale), field[1]));
        }
        String footer = messages.getMessage("draft.report.footer", new Object[] {incident, 3, digest}, locale);
        return new DraftReport.Report(LANGUAGE, messages.getMessage("draft.kind.nis2-final-report", null, locale),
                "NIS2 Art. 23(4)(d)", "CCB", incident, 3, digest, AWARE.plus(Duration.ofDays(30)), sections, footer,
                null, null); // a real incident's report: no exercise line, no watermark
    }
}
