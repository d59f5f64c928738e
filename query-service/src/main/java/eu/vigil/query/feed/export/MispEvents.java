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
import java.util.List;

/**
 * Shares as MISP events (MISP core format, as PyMISP's schema validates it): one event per share, its uuid the same
 * name-based id as the STIX report's, never published, tagged with its TLP, RSIT class and NIS2 sector; an
 * attribute per indicator the reader may see, tagged with its own TLP where it is stricter than the event's. The
 * hospital's country, where the share carries it, is the MISP galaxy's country tag (MISP's organisation has no field
 * for it).
 */
public final class MispEvents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MispEvents() {
    }

    /** The feed as MISP's REST search answers it: {@code {"response": [{"Event": ...}, ...]}}. */
    public static ObjectNode response(List<SharedIncident> shares) {
        var response = JSON.objectNode();
        var events = response.putArray("response");
        shares.forEach(share -> events.add(event(share)));
        return response;
    }

    /** One share as {@code {"Event": ...}}. */
    public static ObjectNode event(SharedIncident share) {
        var event = JSON.objectNode()
                .put("uuid", NameBasedIds.of("share:" + share.incidentId()).toString())
                .put("info", share.withdrawn() ? "Withdrawn share" : share.summary())
                .put("date", share.firstSharedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
                .put("threat_level_id", threatLevel(share.severity()))
                .put("analysis", analysis(share.phase()))
                .put("distribution", distribution(share.tlp()))
                .put("published", false)
                .put("timestamp", epochSeconds(share.changedAt()));
        event.putObject("Orgc").put("name", share.publisher())
                .put("uuid", NameBasedIds.of("publisher:" + share.publisher()).toString());
        var tags = tags(event, MispTags.tlp(share.tlp()));
        if (share.category() != null) {
            tags.addObject().put("name", MispTags.rsit(share.category()));
            tags.addObject().put("name", MispTags.NIS2_HEALTH);
        }
        if (share.country() != null) {
            tags.addObject().put("name", MispTags.country(share.country()));
        }
        var attributes = event.putArray("Attribute");
        if (!share.withdrawn()) {
            share.indicators().forEach(indicator -> attributes.add(attribute(share, indicator)));
        }
        event.put("attribute_count", Integer.toString(attributes.size()));
        return JSON.objectNode().set("Event", event);
    }

    private static ObjectNode attribute(SharedIncident share, SharedIncident.Indicator indicator) {
        var type = MispTypes.of(IndicatorType.fromCode(indicator.type()));
        var attribute = JSON.objectNode()
                .put("uuid", NameBasedIds.of("indicator:" + share.incidentId() + ":" + indicator.type() + ":"
                        + indicator.value()).toString())
                .put("type", type.type())
                .put("category", type.category())
                .put("to_ids", true)
                .put("value", indicator.value())
                .put("distribution", "5") // inherit the event's
                .put("timestamp", epochSeconds(share.changedAt()));
        var label = FeedAudience.stricter(indicator.tlp(), share.tlp());
        if (label != share.tlp()) {
            tags(attribute, MispTags.tlp(label));
        }
        return attribute;
    }

    private static ArrayNode tags(ObjectNode tagged, String first) {
        var tags = tagged.putArray("Tag");
        tags.addObject().put("name", first);
        return tags;
    }

    /** MISP's levels: 1 high, 2 medium, 3 low, 4 undefined. */
    static String threatLevel(String severity) {
        if (severity == null) {
            return "4";
        }
        return switch (severity) {
            case "critical", "high" -> "1";
            case "medium" -> "2";
            case "low" -> "3";
            default -> "4";
        };
    }

    /** MISP's analysis: 0 initial, 1 ongoing, 2 completed. */
    static String analysis(String phase) {
        if (phase == null || phase.equals("detection")) {
            return "0";
        }
        return phase.equals("closed") ? "2" : "1";
    }

    /**
     * MISP's distribution: TLP:CLEAR to all communities (3), GREEN to this community (1), AMBER and AMBER+STRICT to
     * the receiving organisation only (0).
     */
    static String distribution(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> "3";
            case GREEN -> "1";
            case AMBER, AMBER_STRICT, RED -> "0";
        };
    }

    private static String epochSeconds(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }
}
