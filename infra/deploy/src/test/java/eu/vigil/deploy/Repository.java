package eu.vigil.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's files, from this module's folder (the tests' working directory). */
final class Repository {

    static final Path ROOT = root();
    static final Path DEPLOY = ROOT.resolve("infra/deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path COMPOSE = DEPLOY.resolve("compose/compose.yaml");
    static final Path REALM = DEPLOY.resolve("keycloak/vigil-realm.json");
    static final Path MIRROR = DEPLOY.resolve("mirror/hospital-to-cert.properties");
    static final Path EVENTSTORE_KIT = ROOT.resolve("eventstore-kit/src/main/resources");

    private Repository() {
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("infra/deploy")) && Files.isRegularFile(folder.resolve("mvnw"))) {
                return folder;
            }
        }
        throw new IllegalStateException("No Vigil repository above " + here);
    }
}
