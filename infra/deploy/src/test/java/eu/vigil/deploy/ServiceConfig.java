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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its configuration: the keys of its application.yml and of every application-*.yml on its
 * classpath (its own, and the kits' it runs with: eventstore-kit's kafka-cluster, web-kit's json-logs), with
 * eventstore-kit's defaults for a service that runs it, the environment placeholders in them, and its profiles.
 *
 * @param properties   every key, flattened as Spring Boot names it, with its value as written (profiles' included)
 * @param placeholders every {@code ${NAME}} or {@code ${NAME:default}} placeholder, and whether it has a default
 * @param profiles     each profile with a file on the service's classpath (application-&lt;profile&gt;.yml): that file
 */
record ServiceConfig(VigilService service, Map<String, String> properties, Map<String, Boolean> placeholders,
                     Map<String, Path> profiles) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern PROFILE_FILE = Pattern.compile("application-([a-z0-9-]+)\\.yml");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|KEY).*");
    /** Read by Spring Boot itself, whatever the service's files say. */
    private static final Set<String> BOOT_READS = Set.of("SPRING_PROFILES_ACTIVE", "SPRING_PROFILES_INCLUDE");
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
        var profiles = new TreeMap<String, Path>();
        read(service.module().resolve("src/main/resources/application.yml"), properties, placeholders);
        Set<Path> classpath = VigilModules.runtimeClasspath(service.module());
        for (Path file : resourceFiles(classpath)) {
            Matcher profile = PROFILE_FILE.matcher(file.getFileName().toString());
            if (profile.matches()) {
                profiles.put(profile.group(1), file);
                read(file, properties, placeholders);
            }
        }
        if (classpath.contains(Repository.ROOT.resolve("eventstore-kit"))) {
            kitDefaults().forEach(properties::putIfAbsent);
        }
        return new ServiceConfig(service, properties, placeholders, profiles);
    }

    /** The files of src/main/resources of the modules on the classpath, in path order. */
    private static List<Path> resourceFiles(Set<Path> classpath) {
        var files = new ArrayList<Path>();
        for (Path module : classpath) {
            Path resources = module.resolve("src/main/resources");
            if (Files.isDirectory(resources)) {
                try (Stream<Path> listed = Files.list(resources)) {
                    listed.forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files.stream().sorted().toList();
    }

    int serverPort() {
        return Integer.parseInt(properties.get("server.port"));
    }

    /** The console's structured log format a profile's file sets (ecs, logstash, gelf); empty if it sets none. */
    String consoleFormatOf(String profile) {
        Path file = profiles.get(profile);
        return file == null ? "" : Yamls.document(file).at("/logging/structured/format/console").asText();
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
