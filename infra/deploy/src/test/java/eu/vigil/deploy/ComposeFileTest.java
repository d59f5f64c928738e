package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The single-server Compose file against the services' configuration and the Keycloak realm. */
class ComposeFileTest {

    private static final JsonNode COMPOSE = Yamls.document(Repository.COMPOSE);
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?[-?][^}]*)?}");

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAComposeService_whenItsImageAndPortAreRead_thenTheyAreTheServicesImageAndServerPort(
            VigilService service) {
        JsonNode container = container(service);
        assertThat(container.path("image").asText()).contains("/" + service.serviceName() + ":");
        String port = String.valueOf(service.config().serverPort());
        var ports = new TreeSet<String>();
        container.path("expose").forEach(exposed -> ports.add(exposed.asText()));
        container.path("ports").forEach(published -> ports.add(published.asText().replaceAll(".*:", "")));
        assertThat(ports).containsExactly(port);
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAComposeService_whenItsEnvironmentIsRead_thenTheServiceReadsEveryVariableAndGetsEveryRequiredOne(
            VigilService service) {
        var config = service.config();
        Map<String, String> environment = environment(service);
        assertThat(environment.keySet()).allSatisfy(name -> assertThat(config.reads(name)).as(name).isTrue());
        assertThat(environment.keySet()).containsAll(config.required());
        environment.forEach((name, value) -> {
            if (ServiceConfig.isSecret(name)) {
                // from .env, which is never committed: the Compose file holds no secret
                assertThat(value).as(name).matches("\\$\\{" + name + ":\\?.*}");
            }
            Addresses.assertServiceAddresses(value);
        });
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenTheSingleKafkaNode_whenAServiceStarts_thenItDoesNotAskForTheClusterProfilesThreeReplicas(
            VigilService service) {
        assertThat(environment(service).getOrDefault("SPRING_PROFILES_ACTIVE", "")).doesNotContain("kafka-cluster");
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAComposeService_whenItsProfilesAreRead_thenEachHasAFileAndJsonLogsIsOnWhateverEnvSays(
            VigilService service) {
        var config = service.config();
        List<String> named = namedProfiles(service);
        assertThat(config.profiles().keySet()).as(service + " profiles with a file").containsAll(named);
        assertThat(named).contains("json-logs");
        assertThat(config.consoleFormatOf("json-logs")).isEqualTo("ecs");
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAComposeService_whenItNamesKafkaPostgresAndTheIssuer_thenTheyAreTheComposeFilesOwn(
            VigilService service) {
        Map<String, String> environment = environment(service);
        JsonNode kafka = COMPOSE.at("/services/kafka/environment");
        if (service.config().usesKafka()) {
            assertThat("PLAINTEXT://" + environment.get("SPRING_KAFKA_BOOTSTRAPSERVERS"))
                    .isEqualTo(kafka.path("KAFKA_ADVERTISED_LISTENERS").asText());
            assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/"
                    + COMPOSE.at("/services/postgres/environment/POSTGRES_DB").asText());
        }
        String issuer = service.config().resourceServer()
                ? environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI")
                : environment.get("VIGIL_OIDC_ISSUER_URI");
        assertThat(issuer).isEqualTo(COMPOSE.at("/services/keycloak/environment/KC_HOSTNAME").asText()
                + "/realms/" + Yamls.json(Repository.REALM).path("realm").asText());
    }

    @Test
    void givenTheKeycloakService_whenItStarts_thenItImportsTheRealmFileOfThisRepository() {
        JsonNode keycloak = COMPOSE.at("/services/keycloak");
        assertThat(keycloak.path("command").toString()).contains("--import-realm");
        assertThat(keycloak.path("volumes")).anySatisfy(volume -> {
            String[] mount = volume.asText().split(":");
            assertThat(Repository.COMPOSE.getParent().resolve(mount[0]).normalize()).isEqualTo(Repository.REALM);
            assertThat(mount[1]).startsWith("/opt/keycloak/data/import/");
        });
    }

    @Test
    void givenTheComposeFile_whenItsVariablesAreListed_thenEnvExampleNamesEachAndEnvIsIgnored()
            throws IOException {
        var interpolated = new TreeSet<String>();
        Matcher variable = INTERPOLATION.matcher(Files.readString(Repository.COMPOSE));
        while (variable.find()) {
            interpolated.add(variable.group(1));
        }
        var example = new TreeSet<String>();
        for (String line : Files.readAllLines(Repository.COMPOSE.resolveSibling(".env.example"))) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
                if (ServiceConfig.isSecret(line.substring(0, line.indexOf('=')))) {
                    assertThat(line).as("a secret in .env.example").endsWith("=");
                }
            }
        }
        // the image's name and version have defaults that suit a local build
        interpolated.removeAll(Set.of("VIGIL_IMAGE_PREFIX", "VIGIL_VERSION", "KEYCLOAK_ADMIN_USERNAME"));
        assertThat(example).containsAll(interpolated);
        assertThat(Files.readAllLines(Repository.COMPOSE.resolveSibling(".gitignore"))).contains(".env");
    }

    /**
     * The profiles the Compose file itself names in SPRING_PROFILES_ACTIVE and SPRING_PROFILES_INCLUDE. A list taken
     * from .env may be empty, so it must stand alone: beside a name it would leave an empty one, which Spring Boot
     * refuses at start.
     */
    private static List<String> namedProfiles(VigilService service) {
        var named = new ArrayList<String>();
        for (String variable : List.of("SPRING_PROFILES_ACTIVE", "SPRING_PROFILES_INCLUDE")) {
            String value = environment(service).getOrDefault(variable, "");
            if (INTERPOLATION.matcher(value).find()) {
                assertThat(value).as(service + " " + variable).matches(INTERPOLATION);
            } else if (!value.isBlank()) {
                named.addAll(List.of(value.split(",")));
            }
        }
        return named;
    }

    private static JsonNode container(VigilService service) {
        JsonNode container = COMPOSE.path("services").path(service.serviceName());
        assertThat(container.isObject()).as("compose service " + service.serviceName()).isTrue();
        return container;
    }

    private static Map<String, String> environment(VigilService service) {
        var environment = new TreeMap<String, String>();
        container(service).path("environment").fields()
                .forEachRemaining(variable -> environment.put(variable.getKey(), variable.getValue().asText()));
        return environment;
    }
}
