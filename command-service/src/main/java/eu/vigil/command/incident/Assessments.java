package eu.vigil.command.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a classification or assessment and writes it as its event in normal form: lists without repeats in
 * their enum's order, blank text as null, country codes upper case and sorted. Every event replaces the earlier
 * one of its kind as a whole, so the normal form keeps equal assessments equal.
 */
final class Assessments {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Assessments() {
    }

    static IncidentClassified classified(IncidentId id, Classification c, String reason) {
        List<RsitCategory> others = inEnumOrder(c.otherCategories());
        if (others.contains(c.category())) {
            throw new InvalidDetailException("primary-category-repeated", "otherCategories", c.category().code());
        }
        return new IncidentClassified(id, c.category(), others, blankToNull(c.threatFamily()), c.severity(),
                orUnknown(c.suspectedMalicious()), blankToNull(reason));
    }

    static ImpactAssessed impactAssessed(IncidentId id, Impact i, String reason) {
        var crossBorder = orUnknown(i.crossBorder());
        var countries = nullToEmpty(i.crossBorderCountries()).stream()
                .map(country -> country.strip().toUpperCase(Locale.ROOT)).distinct().sorted().toList();
        countries.stream().filter(country -> !COUNTRIES.contains(country)).findFirst().ifPresent(unknown -> {
            throw new InvalidDetailException("unknown-country", "crossBorderCountries", unknown);
        });
        if (!countries.isEmpty() && crossBorder != YesNoUnknown.YES) {
            throw new InvalidDetailException("countries-without-cross-border", "crossBorderCountries", countries);
        }
        var devices = nullToEmpty(i.medicalDevices()).stream().map(Assessments::checked).toList();
        return new ImpactAssessed(id, inEnumOrder(i.affectedServices()), i.patientCareImpact(), devices,
                crossBorder, countries, blankToNull(reason));
    }

    /**
     * @param state      the incident before the assessment
     * @param field      the request field of the breach's awareness, to blame
     * @param recordedAt when the assessment reached Vigil: the breach cannot have been known later
     */
    static PersonalDataAssessed personalDataAssessed(IncidentState state, PersonalData p, String reason,
                                                     Instant recordedAt, String field) {
        var id = state.incidentId();
        var involved = orUnknown(p.involved());
        var categories = inEnumOrder(p.categories());
        if (!categories.isEmpty() && involved != YesNoUnknown.YES) {
            throw new InvalidDetailException("categories-without-personal-data", "categories", categories);
        }
        if (p.approximateDataSubjects() != null && p.approximateDataSubjects() < 0) {
            throw new InvalidDetailException("negative-data-subjects", "approximateDataSubjects",
                    p.approximateDataSubjects());
        }
        Instant awareAt = involved == YesNoUnknown.NO ? null
                : p.awareAt() != null ? p.awareAt()
                : state.personalDataAwareAt() != null ? state.personalDataAwareAt()
                : state.awareAt(); // GDPR Art. 33(1): the incident's awareness is the safe reading
        if (awareAt != null && awareAt.isAfter(recordedAt)) {
            throw new TimeInFutureException(field, awareAt, recordedAt);
        }
        return new PersonalDataAssessed(id, involved, categories, p.approximateDataSubjects(), blankToNull(reason),
                awareAt);
    }

    static SignificanceAssessed significanceAssessed(IncidentId id, SignificanceDecision decision) {
        String reason = blankToNull(decision.reason());
        if (decision.significance() == Significance.NO && reason == null) {
            throw new ReasonMissingException("reason"); // the authority may ask why an incident went unreported
        }
        return new SignificanceAssessed(id, decision.significance(), reason);
    }

    /** Whether an assessment differs from the incident's latest of its kind, reasons aside. */
    static boolean changes(IncidentState state, IncidentEvent assessment) {
        IncidentEvent latest = assessment instanceof IncidentClassified ? state.classification()
                : assessment instanceof ImpactAssessed ? state.impact()
                : assessment instanceof PersonalDataAssessed ? state.personalData()
                : assessment instanceof SignificanceAssessed ? state.significance()
                : null;
        return latest == null || !withoutReason(latest).equals(withoutReason(assessment));
    }

    private static IncidentEvent withoutReason(IncidentEvent event) {
        if (event instanceof IncidentClassified e) {
            return new IncidentClassified(e.incidentId(), e.category(), e.otherCategories(), e.threatFamily(),
                    e.severity(), e.suspectedMalicious(), null);
        } else if (event instanceof ImpactAssessed e) {
            return new ImpactAssessed(e.incidentId(), e.affectedServices(), e.patientCareImpact(),
                    e.medicalDevices(), e.crossBorder(), e.crossBorderCountries(), null);
        } else if (event instanceof PersonalDataAssessed e) {
            return new PersonalDataAssessed(e.incidentId(), e.involved(), e.categories(),
                    e.approximateDataSubjects(), null, e.awareAt());
        } else if (event instanceof SignificanceAssessed e) {
            return new SignificanceAssessed(e.incidentId(), e.significance(), null);
        }
        throw new IllegalArgumentException("Not an assessment: " + event.getClass().getSimpleName());
    }

    private static MedicalDevice checked(MedicalDevice device) {
        if (blankToNull(device.type()) == null) {
            throw new InvalidDetailException("device-type-missing", "medicalDevices", device.type());
        }
        if (device.count() < 1) {
            throw new InvalidDetailException("device-count", "medicalDevices", device.count());
        }
        return new MedicalDevice(device.type().strip(), blankToNull(device.manufacturer()),
                blankToNull(device.model()), device.count(), device.networkConnected());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static YesNoUnknown orUnknown(YesNoUnknown answer) {
        return answer == null ? YesNoUnknown.UNKNOWN : answer;
    }

    private static <E extends Enum<E>> List<E> inEnumOrder(Collection<E> values) {
        return nullToEmpty(values).stream().distinct().sorted().toList();
    }

    private static <T> Collection<T> nullToEmpty(Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
