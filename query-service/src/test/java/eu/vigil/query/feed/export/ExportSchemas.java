package eu.vigil.query.feed.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official schemas in {@code shared/schemas} the exports must satisfy: OASIS's STIX 2.1 JSON schemas (their
 * {@code $id}s at raw.githubusercontent.com read from the local copy), PyMISP's event schema and describeTypes.
 */
public final class ExportSchemas {

    /** shared/ beside the repository's modules, or beside the repository itself, as the module runs its tests. */
    static final Path SHARED = Stream.of("../shared/schemas", "../../shared/schemas").map(Path::of)
            .filter(Files::isDirectory).findFirst()
            .orElseThrow(() -> new IllegalStateException("No shared/schemas beside the module or the repository"));
    private static final String STIX_ONLINE = "://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/"
            + "schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> STIX = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory STIX_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers
                    .mapPrefix("http" + STIX_ONLINE, stixFolder())
                    .mapPrefix("https" + STIX_ONLINE, stixFolder())));
    private static final JsonSchema MISP_EVENT = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(read(SHARED.resolve("misp/schema.json")));
    private static final JsonNode MISP_TYPES = read(SHARED.resolve("misp/describeTypes.json")).path("result");

    private static final Set<String> UNLISTED_IN_BUNDLE = Set.of("location");

    private ExportSchemas() {
    }

    /**
     * The bundle against bundle.json, and each of its objects against its own type's schema. bundle.json's list of
     * the objects a bundle holds omits {@code location} (as it once omitted infrastructure,
     * oasis-open/cti-stix2-json-schemas#133), and its branch for custom objects then matches two core schemas: a
     * location is checked against location.json alone, and the bundle without it.
     */
    public static void assertValidStix(JsonNode bundle) {
        var problems = new ArrayList<String>();
        var listed = bundle.deepCopy();
        if (listed.path("objects") instanceof ArrayNode objects) {
            objects.removeIf(object -> UNLISTED_IN_BUNDLE.contains(object.path("type").asText()));
        }
        stix("common/bundle.json").validate(listed).forEach(message -> problems.add("bundle: " + message));
        bundle.path("objects").forEach(object -> {
            String type = object.path("type").asText();
            String schema = switch (type) {
                case "marking-definition" -> "common/marking-definition.json";
                case "relationship", "sighting" -> "sros/" + type + ".json";
                default -> "sdos/" + type + ".json";
            };
            stix(schema).validate(object).forEach(message -> problems.add(object.path("id").asText() + ": "
                    + message));
        });
        assertThat(problems).as("STIX 2.1 schema violations of %s", bundle).isEmpty();
    }

    /** The event against PyMISP's schema, each attribute's type allowed in its category by describeTypes. */
    static void assertValidMisp(JsonNode event) {
        assertThat(MISP_EVENT.validate(event)).as("MISP schema violations of %s", event).isEmpty();
        event.path("Event").path("Attribute").forEach(attribute -> assertThat(allowedTypes(
                attribute.path("category").asText())).as("types of category %s", attribute.path("category"))
                .contains(attribute.path("type").asText()));
    }

    static List<String> allowedTypes(String category) {
        var types = new ArrayList<String>();
        MISP_TYPES.path("category_type_mappings").path(category).forEach(type -> types.add(type.asText()));
        return types;
    }

    static JsonNode mispDefaults(String type) {
        return MISP_TYPES.path("sane_defaults").path(type);
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema stix(String path) {
        return STIX.computeIfAbsent(path, location -> STIX_FACTORY.getSchema(
                SchemaLocation.of("http" + STIX_ONLINE + location)));
    }

    private static String stixFolder() {
        return SHARED.resolve("stix2.1/schemas").toAbsolutePath().normalize().toUri().toString();
    }
}
