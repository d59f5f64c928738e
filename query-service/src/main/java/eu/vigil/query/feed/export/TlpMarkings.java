package eu.vigil.query.feed.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.Tlp;

/**
 * The TLP 2.0 marking definitions of STIX 2.1. STIX 2.1 itself predefines TLP 1.0 only; OASIS defines TLP 2.0 as a
 * property extension whose marking-definition objects have these fixed ids, name and creation instant
 * (oasis-open/cti-stix-common-objects, extension-definition-specifications/tlp-2.0/marking-definition.json).
 */
final class TlpMarkings {

    static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    private static final String CREATED = "2022-10-01T00:00:00.000Z";

    private TlpMarkings() {
    }

    static String id(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
            case GREEN -> "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
            case AMBER -> "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
            case AMBER_STRICT -> "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
            case RED -> "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
        };
    }

    /** The marking-definition object itself, as OASIS publishes it. */
    static ObjectNode definition(Tlp tlp) {
        var marking = JsonNodeFactory.instance.objectNode()
                .put("type", "marking-definition")
                .put("spec_version", "2.1")
                .put("id", id(tlp))
                .put("created", CREATED)
                .put("name", tlp.label());
        marking.putObject("extensions").putObject(EXTENSION)
                .put("extension_type", "property-extension")
                .put("tlp_2_0", tlp.code());
        return marking;
    }
}
