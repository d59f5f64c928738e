package eu.vigil.notifier.register.web;

import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.notifier.register.BreachEntry;
import eu.vigil.web.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The register as CSV in the reader's language: one row per breach, UTF-8 with a byte order mark. */
@Component
class BreachRegisterCsv {

    // Excel and LibreOffice read a file without it in the system's legacy code page, which garbles accents
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final List<String> HEADERS = List.of("incident", "summary", "category", "csv.awareLocal",
            "csv.timeZone", "csv.awareUtc", "personalData", "dataSubjects", "patientCare", "services", "actions",
            "authority", "csv.authorityStatus", "csv.submittedAt", "csv.reference", "csv.reason",
            "dataSubjectsInformed", "csv.link");

    private final MessageSource messages;

    BreachRegisterCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<BreachEntry> entries, Locale locale) {
        var out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (var csv = new SpreadsheetCsv(out)) {
            csv.line(HEADERS.stream().map(key -> word("register." + key, locale)).toList());
            for (var entry : entries) {
                csv.line(row(entry, locale).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Stream<String> row(BreachEntry entry, Locale locale) {
        var authority = entry.authority();
        return Stream.of(entry.incidentId().toString(), entry.summary(), entry.category().code(),
                entry.breachAwareAtLocal().toString(), entry.timeZone().getId(), entry.breachAwareAt().toString(),
                entry.personalDataCategories().stream().map(PersonalDataCategory::code)
                        .map(code -> word("personalData." + code, locale)).collect(Collectors.joining("; ")),
                entry.approximateDataSubjects() == null ? "" : entry.approximateDataSubjects().toString(),
                entry.patientCareImpact() == null ? ""
                        : word("patientCare." + entry.patientCareImpact().code(), locale),
                entry.affectedServices().stream().map(ClinicalService::code)
                        .map(code -> word("service." + code, locale)).collect(Collectors.joining("; ")),
                entry.remedialActions().stream().map(action -> action.happenedAt() + " " + action.text())
                        .collect(Collectors.joining("\n")),
                word("register.status." + entry.status().code(), locale),
                authority == null ? "" : word("status." + authority.status().code(), locale),
                authority == null || authority.submittedAt() == null ? "" : authority.submittedAt().toString(),
                authority == null || authority.reference() == null ? "" : authority.reference(),
                authority == null || authority.reason() == null ? "" : authority.reason(),
                entry.dataSubjects() == null ? word("register.dataSubjects.noHighRisk", locale)
                        : word("status." + entry.dataSubjects().status().code(), locale),
                authority == null ? "" : authority.link());
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
