package eu.vigil.query.feed.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shares as one STIX 2.1 bundle: per share a {@code report} created by its publisher's {@code identity} (the
 * pseudonym where the hospital chose one), an {@code indicator} per indicator the reader may see, each marked with
 * its TLP 2.0 marking definition, which the bundle carries. Ids are name-based, so an export repeated gives the same
 * ids; a withdrawn share is its report, revoked. A share that carries its hospital's country places the publisher
 * there: a {@code location} per country and a {@code located-at} relationship from the identity.
 */
public final class StixBundles {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** An identity stands for a publisher, not for a share: the same instant in every export keeps it one object. */
    private static final Instant IDENTITY_CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private StixBundles() {
    }

    public static ObjectNode bundle(List<SharedIncident> shares) {
        Set<Tlp> labels = EnumSet.noneOf(Tlp.class);
        Map<String, ObjectNode> identities = new LinkedHashMap<>();
        Map<String, ObjectNode> places = new LinkedHashMap<>();
        var described = JSON.arrayNode();
        for (var share : shares) {
            identities.computeIfAbsent(share.publisher(), publisher -> identity(share));
            if (share.country() != null) {
                places.computeIfAbsent("location:" + share.country(), key -> location(share.country()));
                places.computeIfAbsent("located-at:" + share.publisher() + ":" + share.country(),
                        key -> locatedAt(share));
            }
            labels.add(share.tlp());
            var indicators = share.withdrawn() ? List.<SharedIncident.Indicator>of() : share.indicators();
            var refs = JSON.arrayNode();
            for (var indicator : indicators) {
                var object = indicator(share, indicator);
                labels.add(FeedAudience.stricter(indicator.tlp(), share.tlp()));
                refs.add(object.get("id").asText());
                described.add(object);
            }
            described.insert(described.size() - indicators.size(), report(share, refs));
        }
        var objects = JSON.arrayNode();
        labels.forEach(tlp -> objects.add(TlpMarkings.definition(tlp)));
        identities.values().forEach(objects::add);
        places.values().forEach(objects::add);
        objects.addAll(described);
        var bundle = JSON.objectNode().put("type", "bundle").put("id", "bundle--" + NameBasedIds.of("bundle:"
                + shares.stream().map(share -> share.incidentId() + "@" + share.changedAt())
                .collect(Collectors.joining(","))));
        if (!objects.isEmpty()) { // an empty page is a bundle without objects, which are optional but never []
            bundle.set("objects", objects);
        }
        return bundle;
    }

    static String identityId(String publisher) {
        return "identity--" + NameBasedIds.of("publisher:" + publisher);
    }

    static String reportId(String incidentId) {
        return "report--" + NameBasedIds.of("share:" + incidentId);
    }

    private static ObjectNode identity(SharedIncident share) {
        var identity = common("identity", identityId(share.publisher()), IDENTITY_CREATED, IDENTITY_CREATED)
                .put("name", share.publisher())
                .put("identity_class", "organization")
                .put("description", share.pseudonymised() ? "A hospital of the sector, under its pseudonym"
                        : "A hospital of the sector");
        identity.putArray("sectors").add("healthcare");
        return identity;
    }

    private static ObjectNode location(String country) {
        return common("location", locationId(country), IDENTITY_CREATED, IDENTITY_CREATED)
                .put("name", new Locale("", country).getDisplayCountry(Locale.ENGLISH))
                .put("country", country);
    }

    private static ObjectNode locatedAt(SharedIncident share) {
        return common("relationship", "relationship--" + NameBasedIds.of("located-at:" + share.publisher() + ":"
                        + share.country()), IDENTITY_CREATED, IDENTITY_CREATED)
                .put("relationship_type", "located-at")
                .put("source_ref", identityId(share.publisher()))
                .put("target_ref", locationId(share.country()));
    }

    static String locationId(String country) {
        return "location--" + NameBasedIds.of("country:" + country);
    }

    private static ObjectNode report(SharedIncident share, ArrayNode indicatorRefs) {
        var report = common("report", reportId(share.incidentId()), share.firstSharedAt(), share.changedAt())
                .put("created_by_ref", identityId(share.publisher()))
                .put("name", share.withdrawn() ? "Withdrawn share" : share.summary())
                .put("published", timestamp(share.changedAt()));
        report.putArray("report_types").add("threat-report");
        if (share.category() != null) {
            report.putArray("labels").add(MispTags.rsit(share.category()));
        }
        if (share.summary() != null) {
            report.put("description", share.summary());
        }
        // a report refers to at least one object: its publisher when it carries no indicator
        report.set("object_refs", indicatorRefs.isEmpty() ? JSON.arrayNode().add(identityId(share.publisher()))
                : indicatorRefs);
        report.putArray("object_marking_refs").add(TlpMarkings.id(share.tlp()));
        if (share.withdrawn()) {
            report.put("revoked", true);
        }
        custom(report, "x_vigil_severity", share.severity());
        custom(report, "x_vigil_phase", share.phase());
        custom(report, "x_vigil_patient_care_impact", share.patientCareImpact());
        custom(report, "x_vigil_cross_border", share.crossBorder());
        report.put("x_vigil_revision", share.revision());
        return report;
    }

    private static ObjectNode indicator(SharedIncident share, SharedIncident.Indicator indicator) {
        var type = IndicatorType.fromCode(indicator.type());
        var object = common("indicator", "indicator--" + NameBasedIds.of("indicator:" + share.incidentId() + ":"
                        + indicator.type() + ":" + indicator.value()), share.firstSharedAt(), share.changedAt())
                .put("created_by_ref", identityId(share.publisher()))
                .put("name", indicator.type() + " " + indicator.value())
                .put("pattern", StixPatterns.of(type, indicator.value()))
                .put("pattern_type", "stix")
                .put("pattern_version", "2.1")
                .put("valid_from", timestamp(share.firstSharedAt()));
        object.putArray("indicator_types").add("malicious-activity");
        object.putArray("object_marking_refs").add(TlpMarkings.id(FeedAudience.stricter(indicator.tlp(),
                share.tlp())));
        return object;
    }

    private static ObjectNode common(String type, String id, Instant created, Instant modified) {
        return JSON.objectNode().put("type", type).put("spec_version", "2.1").put("id", id)
                .put("created", timestamp(created)).put("modified", timestamp(modified));
    }

    private static void custom(ObjectNode object, String property, String value) {
        if (value != null) {
            object.put(property, value);
        }
    }

    static String timestamp(Instant instant) {
        return MILLIS.format(instant);
    }
}
