package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/** The Kubernetes resources of the base and the overlays, by kind and name. */
final class Manifests {

    static final List<JsonNode> BASE = Yamls.allDocumentsUnder(Repository.K8S.resolve("base"));
    static final List<JsonNode> ALL = Yamls.allDocumentsUnder(Repository.K8S);

    private Manifests() {
    }

    static List<JsonNode> ofKind(List<JsonNode> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.path("kind").asText())).toList();
    }

    static Optional<JsonNode> find(List<JsonNode> resources, String kind, String name) {
        return ofKind(resources, kind).stream()
                .filter(resource -> name.equals(resource.at("/metadata/name").asText())).findFirst();
    }

    static JsonNode get(List<JsonNode> resources, String kind, String name) {
        return find(resources, kind, name)
                .orElseThrow(() -> new AssertionError("No " + kind + " named " + name + " in infra/deploy/k8s"));
    }

    /** The deployment's only container. */
    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        if (containers.size() != 1) {
            throw new AssertionError(deployment.at("/metadata/name").asText() + " has " + containers.size()
                    + " containers, not one");
        }
        return containers.get(0);
    }

    /** A probe's or a Service's port: a number, or the name of one of the container's ports. */
    static int port(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (port.asText().equals(declared.path("name").asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new AssertionError("No container port named " + port.asText());
    }
}
