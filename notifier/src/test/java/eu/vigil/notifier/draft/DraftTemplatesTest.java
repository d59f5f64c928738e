package eu.vigil.notifier.draft;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.NotifierMessages;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.testsupport.GeneratedIncidents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report kind in every language, from a fully filled incident (a long generated history with every event) and
 * from a nearly empty one (only its report): each renders with the article's headings in that language, the
 * incident's id, the version and the digest, and no message key missing.
 */
class DraftTemplatesTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final HospitalProfile PROFILE = new HospitalProfile(HospitalId.of("h-brugge"), "BE", BRUSSELS,
            "CCB", "APD/GBA", "dpo@brugge.example", "security@brugge.example");

    private final ResourceBundleMessageSource messages = NotifierMessages.bundles();
    private final DraftReport report = new DraftReport(engine(messages), messages);
    private final Prefill prefill = new Prefill(messages);

    @TestFactory
    Stream<DynamicTest> everyKindRendersInEveryLanguageFromAFullAndANearlyEmptyIncident() {
        var full = IncidentState.of(GeneratedIncidents.payloads(GeneratedIncidents.history(14, "h-brugge", 60)));
        var nearlyEmpty = IncidentState.of(List.of(reported(IncidentId.generate(), "h-brugge", Instant.now())
                .payload()));
        return Arrays.stream(ReportKind.values()).flatMap(kind -> DraftLanguages.SUPPORTED.stream().flatMap(
                language -> Stream.of(
                        DynamicTest.dynamicTest(kind.code() + " in " + language + ", fully filled",
                                () -> rendersEveryField(kind, language, full)),
                        DynamicTest.dynamicTest(kind.code() + " in " + language + ", nearly empty",
                                () -> rendersEveryField(kind, language, nearlyEmpty)))));
    }

    private void rendersEveryField(ReportKind kind, String language, IncidentState incident) {
        var locale = Locale.forLanguageTag(language);
        var action = new TimelineEntryAppended(incident.incidentId(), UUID.randomUUID(), TimelineEntryKind.ACTION,
                "Isolated the PACS servers", Instant.parse("2026-03-29T01:00:00Z"), Instant.now(), null, null);
        var fields = new EnumMap<>(prefill.of(kind, incident, List.of(action), PROFILE, BRUSSELS, locale));
        kind.fields().forEach(field -> fields.putIfAbsent(field, "Written by the DPO: " + field.key()));
        var version = new DraftVersion(UUID.randomUUID(), 3, kind, language, fields, Set.of(), "ab".repeat(32),
                "u-dpo", Instant.now(), List.of("u-dpo"), 1, Instant.now());
        var obligation = obligation(incident.incidentId());

        String html = report.html(obligation, version);
        String text = report.text(obligation, version);

        assertThat(html).doesNotContain("??").contains("lang=\"" + language + "\"")
                .contains(messages.getMessage("draft.kind." + kind.code(), null, locale))
                .contains(kind.legalBasis()).contains(incident.incidentId().toString()).contains("ab".repeat(32));
        for (var field : kind.fields()) {
            String heading = messages.getMessage("draft.field." + field.key(), null, locale);
            assertThat(html).as("%s in %s", field, language).contains("<h2>" + escaped(heading) + "</h2>");
            assertThat(text).contains(heading + "\n" + fields.get(field));
        }
    }

    private static ObligationRow obligation(IncidentId incident) {
        return new ObligationRow(UUID.randomUUID(), incident, HospitalId.of("h-brugge"), "NIS2_EARLY_WARNING", "nis2",
                "Early warning", "csirt", "CCB", "NIS2 Art. 23(4)(a)", "https://eur-lex.europa.eu", "BE", false,
                Instant.now(), Instant.now(), BRUSSELS, false, ObligationStatus.OPEN, null, null, null, null,
                Instant.now(), null);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    private static SpringTemplateEngine engine(ResourceBundleMessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
