package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlays change only what the base has: its files, images, Deployments and configuration keys. */
class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/single-hospital", "overlays/cert"})
    void givenAKustomization_whenItsFilesAreRead_thenEachExistsAndEveryResourceFileIsListed(String folder) {
        Path root = Repository.K8S.resolve(folder);
        JsonNode kustomization = Yamls.document(root.resolve("kustomization.yaml"));
        var listed = new TreeSet<Path>();
        kustomization.path("resources").forEach(resource -> listed.add(root.resolve(resource.asText()).normalize()));
        kustomization.path("patches").forEach(patch -> {
            if (patch.has("path")) {
                listed.add(root.resolve(patch.path("path").asText()).normalize());
            }
        });
        assertThat(listed).allSatisfy(path -> assertThat(Files.exists(path)).as(path.toString()).isTrue());
        try (var files = Files.list(root)) {
            assertThat(files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")))
                    .allSatisfy(file -> assertThat(listed).as("unlisted " + file).contains(file.normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/single-hospital", "overlays/cert"})
    void givenAnOverlay_whenItChangesImagesReplicasAndConfiguration_thenItNamesOnlyWhatTheBaseHas(String folder) {
        Path root = Repository.K8S.resolve(folder);
        JsonNode kustomization = Yamls.document(root.resolve("kustomization.yaml"));
        var baseImages = new TreeSet<String>();
        Manifests.ofKind(Manifests.BASE, "Deployment").forEach(deployment ->
                baseImages.add(Manifests.container(deployment).path("image").asText().replaceAll(":.*", "")));
        assertThat(kustomization.path("images")).extracting(image -> image.path("name").asText())
                .containsExactlyInAnyOrderElementsOf(baseImages);
        kustomization.path("replicas").forEach(replicas ->
                assertThat(Manifests.find(Manifests.BASE, "Deployment", replicas.path("name").asText())).isPresent());
        Set<String> baseKeys = keys(Manifests.get(Manifests.BASE, "ConfigMap", "vigil-config").path("data"));
        JsonNode patched = Yamls.document(root.resolve("config.yaml"));
        assertThat(patched.at("/metadata/name").asText()).isEqualTo("vigil-config");
        assertThat(baseKeys).containsAll(keys(patched.path("data")));
        patched.path("data").forEach(value -> Addresses.assertServiceAddresses(value.asText()));
    }

    private static Set<String> keys(JsonNode data) {
        var keys = new TreeSet<String>();
        data.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
