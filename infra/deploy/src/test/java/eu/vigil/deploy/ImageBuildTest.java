package eu.vigil.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Jib builds the images on demand only, from the agreed base, as an unprivileged user, on the service's port. */
class ImageBuildTest {

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenAServicePom_whenItsImagePluginIsRead_thenItHasNoExecutionAndExposesTheServerPort(VigilService service) {
        var jib = ImageBuild.of(service)
                .orElseThrow(() -> new AssertionError(service + "'s pom does not declare " + ImageBuild.JIB));
        // bound to no phase: ./mvnw verify or install never builds nor pushes an image
        assertThat(ImageBuild.child(jib, "executions")).isEmpty();
        assertThat(ImageBuild.texts(jib, "configuration", "container", "ports", "port"))
                .containsExactly(String.valueOf(service.config().serverPort()));
    }

    @Test
    void givenTheParentPom_whenTheSharedImageConfigurationIsRead_thenItIsTemurin17JreNonRootWithABoundedHeap() {
        var shared = ImageBuild.shared();
        assertThat(ImageBuild.child(shared, "executions")).isEmpty();
        assertThat(ImageBuild.text(shared, "configuration", "from", "image")).isEqualTo("eclipse-temurin:17-jre");
        assertThat(ImageBuild.text(shared, "configuration", "to", "image"))
                .isEqualTo("vigil/${project.artifactId}:${project.version}");
        assertThat(ImageBuild.user()).matches("[1-9][0-9]*:[1-9][0-9]*");
        assertThat(ImageBuild.texts(shared, "configuration", "container", "jvmFlags", "jvmFlag"))
                .contains("-XX:+UseSerialGC")
                .anyMatch(flag -> flag.startsWith("-XX:MaxRAMPercentage=") || flag.startsWith("-Xmx"));
    }

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenTheImageNames_whenTheBaseDeploymentsAreRead_thenEachRunsItsServicesImage(VigilService service) {
        assertThat(Manifests.container(Manifests.get(Manifests.BASE, "Deployment", service.serviceName()))
                .path("image").asText()).startsWith("vigil/" + service.serviceName() + ":");
    }
}
