package eu.vigil.notifier.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.vigil.notifier.obligation.ObligationRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An approved version as the DPO sends it, in the draft's language: an HTML page to paste into a portal or print, the
 * text of an e-mail, and JSON after the published schema ({@link #SCHEMA}). Each carries
 * the incident id, the version and the content digest, so the DPO can later prove what was sent. A drill's (ADR 0022)
 * says EXERCISE in its first line, its JSON in {@code exercise}, and the page (so the PDF) carries a diagonal
 * watermark that a renderer of paged media repeats on every page.
 */
@Component
public class DraftReport {

    /** The JSON export's schema, served by the notifier at this path. */
    public static final String SCHEMA = "/api/schemas/draft-export.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final TemplateEngine templates;
    private final MessageSource messages;

    DraftReport(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** A whole page, styled inline: what the PDF is rendered from too. */
    public String html(ObligationRow obligation, DraftVersion version) {
        var context = new Context(locale(version));
        context.setVariable("report", sections(obligation, version));
        return templates.process("draft/report", context);
    }

    /** The body of an e-mail to the authority: plain text, the same headings and the same footer as the page. */
    public String text(ObligationRow obligation, DraftVersion version) {
        var report = sections(obligation, version);
        var text = new StringBuilder();
        if (report.exercise() != null) {
            text.append(report.exercise()).append("\n\n");
        }
        text.append(report.title()).append('\n').append(report.legalBasis()).append("\n\n");
        for (var section : report.sections()) {
            text.append(section.label()).append('\n').append(section.text()).append("\n\n");
        }
        return text.append("-- \n").append(report.footer()).append('\n').toString();
    }

    public byte[] json(ObligationRow obligation, DraftVersion version) {
        var report = sections(obligation, version);
        var document = new LinkedHashMap<String, Object>();
        document.put("$schema", SCHEMA);
        if (obligation.isExercise()) {
            document.put("exercise", Map.of("marking", report.exercise(), "drillId", obligation.exercise().drillId(),
                    "scale", obligation.exercise().scale()));
        }
        document.put("incidentId", obligation.incidentId().value());
        document.put("obligationId", obligation.obligationId());
        document.put("reportKind", version.kind().code());
        document.put("legalBasis", version.kind().legalBasis());
        document.put("authority", obligation.authority());
        document.put("language", version.language());
        document.put("version", version.version());
        document.put("contentDigest", version.digest());
        document.put("approvedBy", version.approvedBy());
        document.put("approvedAt", version.approvedAt());
        document.put("fields", report.sections().stream().map(section -> Map.of("key", section.key(),
                "label", section.label(), "text", section.text())).toList());
        try {
            return JSON.writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of an export, without its extension. */
    public static String fileName(ObligationRow obligation, DraftVersion version) {
        return (obligation.isExercise() ? "exercise-" : "") + version.kind().code() + "-" + obligation.incidentId().value().toString().substring(0, 8) + "-v"
                + version.version();
    }

    /** The page's title, in the draft's language. */
    public String title(DraftVersion version) {
        return messages.getMessage("draft.kind." + version.kind().code(), null, locale(version));
    }

    /** What a PDF names itself by: the title, after EXERCISE for a drill's. */
    public String documentTitle(ObligationRow obligation, DraftVersion version) {
        return obligation.isExercise() ? watermark(version) + " · " + title(version) : title(version);
    }

    private String watermark(DraftVersion version) {
        return messages.getMessage("exercise.badge", null, locale(version));
    }

    Report sections(ObligationRow obligation, DraftVersion version) {
        var locale = locale(version);
        var sections = new ArrayList<Section>();
        version.fields().forEach((field, text) -> sections.add(new Section(field.key(),
                messages.getMessage("draft.field." + field.key(), null, locale), text)));
        String footer = messages.getMessage("draft.report.footer", new Object[]{obligation.incidentId().value(),
                version.version(), version.digest()}, locale);
        boolean exercise = obligation.isExercise();
        return new Report(version.language(), title(version), version.kind().legalBasis(), obligation.authority(),
                obligation.incidentId().value(), version.version(), version.digest(), version.approvedAt(),
                sections, footer, exercise ? messages.getMessage("draft.report.exercise", null, locale) : null,
                exercise ? watermark(version) : null);
    }

    private static Locale locale(DraftVersion version) {
        return Locale.forLanguageTag(version.language());
    }

    /**
     * What the report template shows.
     *
     * @param exercise  the line that says a drill's report is one, in the draft's language; null for a real one
     * @param watermark the word across every page of a drill's report; null for a real one
     */
    public record Report(String language, String title, String legalBasis, String authority, UUID incidentId,
                         int version, String digest, Instant approvedAt, List<Section> sections, String footer,
                         String exercise, String watermark) {
    }

    public record Section(String key, String label, String text) {
    }
}
