package eu.vigil.notifier.draft;

import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.hospital.HospitalProfile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the incident already says for each field of a report, written in the draft's language: the DPO starts from it
 * and writes only what the incident cannot tell (the root cause, the likely consequences, ...). A field the incident
 * has nothing for is absent.
 */
@Component
class Prefill {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final MessageSource messages;

    Prefill(MessageSource messages) {
        this.messages = messages;
    }

    Map<DraftField, String> of(ReportKind kind, IncidentState incident, List<TimelineEntryAppended> entries,
                               HospitalProfile profile, ZoneId zone, Locale language) {
        var texts = new Texts(language, zone);
        var values = new EnumMap<DraftField, String>(DraftField.class);
        for (var field : kind.fields()) {
            Optional.ofNullable(text(field, kind, incident, entries, profile, texts)).filter(t -> !t.isBlank())
                    .ifPresent(text -> values.put(field, text));
        }
        return values;
    }

    private String text(DraftField field, ReportKind kind, IncidentState incident, List<TimelineEntryAppended> entries,
                        HospitalProfile profile, Texts texts) {
        var impact = Optional.ofNullable(incident.impact());
        var classification = Optional.ofNullable(incident.classification());
        var personalData = Optional.ofNullable(incident.personalData());
        return switch (field) {
            case SUMMARY -> incident.report().summary();
            case AWARE_AT -> texts.instant(kind == ReportKind.GDPR_NOTIFICATION
                    ? incident.personalDataAwareAt() : incident.awareAt());
            case DETECTED_AT -> texts.instant(incident.detectedAt());
            case CATEGORY -> texts.message("rsit." + incident.category().code()) + " (" + incident.category().code()
                    + ")";
            case SEVERITY -> Optional.ofNullable(incident.severity())
                    .map(severity -> texts.message("severity." + severity.code())).orElse(null);
            case SUSPECTED_MALICIOUS -> classification.map(c -> texts.yesNo(c.suspectedMalicious())).orElse(null);
            case CROSS_BORDER -> impact.map(i -> crossBorder(i, texts)).orElse(null);
            case CROSS_BORDER_IMPACT -> impact.filter(i -> i.crossBorder() != YesNoUnknown.UNKNOWN)
                    .map(i -> crossBorder(i, texts)).orElse(null);
            case PATIENT_CARE_IMPACT -> impact.map(i -> i.patientCareImpact())
                    .map(care -> texts.message("patientCare." + care.code())).orElse(null);
            case AFFECTED_SERVICES -> impact.map(i -> i.affectedServices().stream()
                    .map(service -> texts.message("service." + service.code()))
                    .collect(Collectors.joining("\n"))).orElse(null);
            case MEDICAL_DEVICES -> impact.map(i -> i.medicalDevices().stream().map(device -> device(device, texts))
                    .collect(Collectors.joining("\n"))).orElse(null);
            case INDICATORS -> incident.indicators().stream()
                    .map(i -> i.type().code() + ": " + i.value() + " (" + i.tlp().code() + ")")
                    .collect(Collectors.joining("\n"));
            case ROOT_CAUSE -> classification.map(c -> c.threatFamily()).orElse(null);
            case MITIGATION, MEASURES -> entries.stream().filter(e -> e.kind() == TimelineEntryKind.ACTION)
                    .map(e -> texts.instant(e.happenedAt()) + ": " + e.text()).collect(Collectors.joining("\n"));
            case IMPACT_ENDED_AT -> Optional.ofNullable(incident.impactEnded())
                    .map(ended -> texts.instant(ended.endedAt())).orElse(null);
            case PERSONAL_DATA_CATEGORIES -> personalData.map(p -> p.categories().stream()
                    .map(category -> texts.message("personalData." + category.code()))
                    .collect(Collectors.joining("\n"))).orElse(null);
            case DATA_SUBJECTS_APPROX -> personalData.map(p -> p.approximateDataSubjects())
                    .map(String::valueOf).orElse(null);
            case DPO_CONTACT -> profile.dpoEmail();
            case CONTACT_POINT -> profile.securityOfficerEmail();
            case STATUS_UPDATE, RECORDS_APPROX, LIKELY_CONSEQUENCES, REASONS_FOR_DELAY, PHASED_INFORMATION,
                    PLAIN_LANGUAGE_SUMMARY -> null; // only the DPO can write these
        };
    }

    private static String crossBorder(ImpactAssessed impact, Texts texts) {
        if (impact.crossBorder() == null) {
            return null;
        }
        return texts.yesNo(impact.crossBorder())
                + (impact.crossBorderCountries().isEmpty() ? "" : ": " + String.join(", ",
                impact.crossBorderCountries()));
    }

    private static String device(MedicalDevice device, Texts texts) {
        String maker = java.util.stream.Stream.of(device.manufacturer(), device.model())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return device.count() + " × " + device.type() + (maker.isEmpty() ? "" : " (" + maker + ")")
                + (device.networkConnected() ? ", " + texts.message("draft.value.networkConnected") : "");
    }

    /** Texts in the draft's language, times in the hospital's zone and in UTC. */
    private final class Texts {
        private final Locale language;
        private final ZoneId zone;
        private final DateTimeFormatter local;

        Texts(Locale language, ZoneId zone) {
            this.language = language;
            this.zone = zone;
            this.local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(language);
        }

        String message(String key) {
            return messages.getMessage(key, null, language);
        }

        String yesNo(YesNoUnknown value) {
            return value == null ? null : message("draft.value." + value.code());
        }

        String instant(Instant instant) {
            if (instant == null) {
                return null;
            }
            return local.format(instant.atZone(zone)) + " (" + zone.getId() + ") · "
                    + UTC.format(instant.atOffset(ZoneOffset.UTC));
        }
    }

}
