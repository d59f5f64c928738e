package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static eu.vigil.deploy.Manifests.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The base's Deployments, Services and disruption budgets against each service's own configuration. */
class KubernetesManifestsTest {

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItsPortsAreRead_thenTheyAreTheServicesServerPort(VigilService service) {
        int port = service.config().serverPort();
        JsonNode container = Manifests.container(Manifests.get(BASE, "Deployment", service.serviceName()));
        assertThat(container.path("ports")).extracting(declared -> declared.path("containerPort").asInt())
                .containsExactly(port);
        JsonNode kubernetesService = Manifests.get(BASE, "Service", service.serviceName());
        assertThat(kubernetesService.at("/spec/ports")).singleElement().satisfies(declared -> {
            assertThat(declared.path("port").asInt()).isEqualTo(port);
            assertThat(Manifests.port(container, declared.path("targetPort"))).isEqualTo(port);
        });
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItsProbesAreRead_thenTheyAskActuatorsHealthGroupsOnTheServicePort(
            VigilService service) {
        var config = service.config();
        // the probe groups exist only when enabled, and actuator answers on the service port unless moved
        assertThat(config.properties()).containsEntry("management.endpoint.health.probes.enabled", "true")
                .doesNotContainKey("management.server.port");
        assertThat(config.properties().get("management.endpoints.web.exposure.include")).contains("health");
        JsonNode container = Manifests.container(Manifests.get(BASE, "Deployment", service.serviceName()));
        Map<String, String> expected = Map.of("readinessProbe", "/actuator/health/readiness",
                "livenessProbe", "/actuator/health/liveness", "startupProbe", "/actuator/health/liveness");
        expected.forEach((probe, path) -> {
            JsonNode httpGet = container.path(probe).path("httpGet");
            assertThat(httpGet.path("path").asText()).as(service + " " + probe).isEqualTo(path);
            assertThat(Manifests.port(container, httpGet.path("port"))).as(service + " " + probe)
                    .isEqualTo(config.serverPort());
        });
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItsEnvironmentIsRead_thenEveryVariableIsOneTheServiceReads(
            VigilService service) {
        var config = service.config();
        var unread = new TreeSet<String>();
        environment(service).keySet().forEach(name -> {
            if (!config.reads(name)) {
                unread.add(name);
            }
        });
        assertThat(unread).as("variables " + service + " never reads").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItsEnvironmentIsRead_thenEveryRequiredOneIsSetAndSecretsComeFromSecrets(
            VigilService service) {
        Map<String, JsonNode> environment = environment(service);
        assertThat(environment.keySet()).containsAll(service.config().required());
        environment.forEach((name, variable) -> {
            if (ServiceConfig.isSecret(name)) {
                assertThat(variable.has("value")).as(name + " is a literal").isFalse();
                assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as(name).isNotEmpty();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItReadsTheConfigMap_thenEveryKeyItNamesExists(VigilService service) {
        JsonNode data = Manifests.get(BASE, "ConfigMap", "vigil-config").path("data");
        environment(service).forEach((name, variable) -> {
            JsonNode reference = variable.at("/valueFrom/configMapKeyRef");
            if (!reference.isMissingNode()) {
                assertThat(reference.path("name").asText()).isEqualTo("vigil-config");
                assertThat(data.has(reference.path("key").asText())).as(name).isTrue();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItsProfilesAreRead_thenEachHasAFileAndKafkaServicesRunTheClusterProfile(
            VigilService service) {
        var config = service.config();
        List<String> active = activeProfiles(service);
        assertThat(config.profiles().keySet()).as(service + " profiles with a file").containsAll(active);
        assertThat(active.contains("kafka-cluster")).isEqualTo(config.usesKafka());
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItLogs_thenItRunsWebKitsJsonLogsProfileForTheLogCollector(VigilService service) {
        assertThat(activeProfiles(service)).contains("json-logs");
        assertThat(service.config().profiles().get("json-logs"))
                .isEqualTo(Repository.ROOT.resolve("web-kit/src/main/resources/application-json-logs.yml"));
        assertThat(service.config().consoleFormatOf("json-logs")).isEqualTo("ecs");
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItNamesAnotherService_thenItUsesThatServicesNameAndPort(VigilService service) {
        environment(service).values().forEach(variable -> Addresses.assertServiceAddresses(variable.path("value")
                .asText()));
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenScheduled_thenItHasTwoReplicasBoundedResourcesAndADisruptionBudget(
            VigilService service) {
        JsonNode deployment = Manifests.get(BASE, "Deployment", service.serviceName());
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode resources = Manifests.container(deployment).path("resources");
        for (String bound : List.of("/requests/cpu", "/requests/memory", "/limits/cpu", "/limits/memory")) {
            assertThat(resources.at(bound).asText()).as(service + bound).isNotEmpty();
        }
        JsonNode budget = Manifests.get(BASE, "PodDisruptionBudget", service.serviceName());
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
        assertThat(deployment.at("/spec/template/metadata/labels").properties())
                .containsAll(deployment.at("/spec/selector/matchLabels").properties());
        assertThat(Manifests.get(BASE, "Service", service.serviceName()).at("/spec/selector"))
                .isEqualTo(deployment.at("/spec/selector/matchLabels"));
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServiceDeployment_whenItsSecurityIsRead_thenItRunsAsTheImagesUserWithoutRoot(VigilService service) {
        JsonNode pod = Manifests.get(BASE, "Deployment", service.serviceName()).at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asText() + ":" + pod.at("/securityContext/runAsGroup").asText())
                .isEqualTo(ImageBuild.user());
        assertThat(Manifests.container(Manifests.get(BASE, "Deployment", service.serviceName()))
                .at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    }

    /** The profiles the deployment activates: SPRING_PROFILES_ACTIVE's and SPRING_PROFILES_INCLUDE's. */
    private static List<String> activeProfiles(VigilService service) {
        var active = new ArrayList<String>();
        for (String variable : List.of("SPRING_PROFILES_ACTIVE", "SPRING_PROFILES_INCLUDE")) {
            JsonNode profiles = environment(service).get(variable);
            if (profiles != null) {
                active.addAll(List.of(profiles.path("value").asText().split(",")));
            }
        }
        return active;
    }

    /** The deployment's environment variables by name; a name set twice fails here. */
    static Map<String, JsonNode> environment(VigilService service) {
        var environment = new TreeMap<String, JsonNode>();
        var names = new ArrayList<String>();
        Manifests.container(Manifests.get(BASE, "Deployment", service.serviceName())).path("env").forEach(variable -> {
            names.add(variable.path("name").asText());
            environment.put(variable.path("name").asText(), variable);
        });
        assertThat(names).as(service + " sets a variable twice").doesNotHaveDuplicates();
        return environment;
    }

    static Set<String> secretNames() {
        var secrets = new TreeSet<String>();
        for (VigilService service : VigilService.values()) {
            environment(service).values().forEach(variable -> {
                String name = variable.at("/valueFrom/secretKeyRef/name").asText();
                if (!name.isEmpty()) {
                    secrets.add(name);
                }
            });
        }
        return secrets;
    }
}
