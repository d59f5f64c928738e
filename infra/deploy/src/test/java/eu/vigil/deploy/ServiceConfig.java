package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its configuration: the keys of its application*.yml files (and, for a Kafka service,
 * eventstore-kit's defaults and kafka-cluster profile), the environment placeholders in them, and its profiles.
 *
 * @param properties   every key, flattened as Spring Boot names it, with its value as written (profiles' included)
 * @param placeholders every {@code ${NAME}} or {@code ${NAME:default}} placeholder, and whether it has a default
 * @param profiles     the profiles with a file of their own (application-&lt;profile&gt;.yml)
 */
record ServiceConfig(VigilService service, Map<String, String> properties, Map<String, Boolean> placeholders,
                     Set<String> profiles) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern PROFILE_FILE = Pattern.compile("application-([a-z0-9-]+)\\.yml");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|KEY).*");
    /** Read by Spring Boot itself, whatever the service's files say. */
    private static final Set<String> BOOT_READS = Set.of("SPRING_PROFILES_ACTIVE");
    /** The resource-server settings security-kit's TrustedIssuerDecoder reads (issuer and audiences required). */
    private static final Set<String> RESOURCE_SERVER_READS = Set.of(
            relaxed("spring.security.oauth2.resourceserver.jwt.issuer-uri"),
            relaxed("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"),
            relaxed("spring.security.oauth2.resourceserver.jwt.audiences"));
    static final Set<String> RESOURCE_SERVER_REQUIRED = Set.of(
            relaxed("spring.security.oauth2.resourceserver.jwt.issuer-uri"),
            relaxed("spring.security.oauth2.resourceserver.jwt.audiences"));

    static ServiceConfig of(VigilService service) {
        var properties = new LinkedHashMap<String, String>();
        var placeholders = new HashMap<String, Boolean>();
        var profiles = new TreeSet<String>();
        Path resources = service.module().resolve("src/main/resources");
        read(resources.resolve("application.yml"), properties, placeholders);
        boolean kafka = properties.containsKey("spring.kafka.bootstrap-servers");
        try (Stream<Path> files = Stream.concat(Files.list(resources),
                kafka ? Files.list(Repository.EVENTSTORE_KIT) : Stream.empty())) {
            for (Path file : files.sorted().toList()) {
                Matcher profile = PROFILE_FILE.matcher(file.getFileName().toString());
                if (profile.matches()) {
                    profiles.add(profile.group(1));
                    read(file, properties, placeholders);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kafka) {
            kitDefaults().forEach(properties::putIfAbsent);
        }
        return new ServiceConfig(service, properties, placeholders, profiles);
    }

    int serverPort() {
        return Integer.parseInt(properties.get("server.port"));
    }

    boolean usesKafka() {
        return properties.containsKey("spring.kafka.bootstrap-servers");
    }

    /** A service that validates bearer tokens (security-kit); the gateway excludes it and is the OIDC client. */
    boolean resourceServer() {
        return !properties.getOrDefault("spring.autoconfigure.exclude", "")
                .contains("VigilSecurityAutoConfiguration");
    }

    /** Whether the service reads this environment variable: a placeholder, or a key in Boot's relaxed form. */
    boolean reads(String environmentVariable) {
        return placeholders.containsKey(environmentVariable) || BOOT_READS.contains(environmentVariable)
                || (resourceServer() && RESOURCE_SERVER_READS.contains(environmentVariable))
                || properties.keySet().stream().anyMatch(key -> relaxed(key).equals(environmentVariable));
    }

    /** The variables a deployment must set: placeholders without default, secrets, the token issuer. */
    Set<String> required() {
        var required = new TreeSet<String>();
        placeholders.forEach((name, hasDefault) -> {
            if (!hasDefault || isSecret(name)) {
                required.add(name);
            }
        });
        if (resourceServer()) {
            required.addAll(RESOURCE_SERVER_REQUIRED);
        }
        return required;
    }

    static boolean isSecret(String environmentVariable) {
        return SECRET.matcher(environmentVariable).matches();
    }

    /** Spring Boot's environment-variable form of a property: SPRING_KAFKA_BOOTSTRAPSERVERS. */
    static String relaxed(String key) {
        return key.replaceAll("\\[.*?]", "").replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static void read(Path file, Map<String, String> properties, Map<String, Boolean> placeholders) {
        for (JsonNode document : Yamls.documents(file)) {
            flatten("", document, properties);
        }
        try {
            Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
            while (placeholder.find()) {
                placeholders.merge(placeholder.group(1), placeholder.group(2) != null, Boolean::logicalAnd);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
            var values = new ArrayList<String>();
            node.forEach(element -> values.add(element.asText()));
            into.put(prefix, String.join(",", values));
        } else {
            into.put(prefix, node.asText());
        }
    }

    private static Map<String, String> kitDefaults() {
        var defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(Repository.EVENTSTORE_KIT.resolve("eventstore-kit.properties"))) {
            defaults.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var map = new LinkedHashMap<String, String>();
        defaults.stringPropertyNames().forEach(name -> map.put(name, defaults.getProperty(name)));
        return map;
    }
}
