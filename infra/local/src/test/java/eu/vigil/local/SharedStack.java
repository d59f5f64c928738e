package eu.vigil.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static eu.vigil.local.StackFixture.count;
import static org.awaitility.Awaitility.await;

/**
 * One local stack with the demo data for every journey that only uses a running stack: the first test class that
 * asks for it starts it, and JUnit stops it once the test JVM's last test has run (it closes the root store's
 * resources then). A class that stops, restarts or breaks a service, or needs a data folder of its own
 * (LocalStackIT, EndToEndIT), starts its own. Tests on the shared stack never depend on each other's data: each
 * works on incidents it reports itself, or on demo data no other test changes.
 */
final class SharedStack implements ParameterResolver {

    private static final int DEMO_INCIDENTS = 7; // the six scenarios and Lyon's drill incident

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedStack.class))
                .getOrComputeIfAbsent(Started.class, key -> start(), Started.class).stack();
    }

    private static Started start() {
        try {
            // under target/, not a temporary folder: the services' logs stay there for whoever reads a failure
            Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "shared-stack")), "data");
            var stack = StackFixture.start(StackFixture.settings(data, true));
            // the demo data is loaded when start returns; the read sides and the notifier follow through Kafka
            await().atMost(Duration.ofSeconds(120)).until(() ->
                    count(stack, "select count(*) from query.incident_register") == DEMO_INCIDENTS
                            && count(stack, "select count(*) from notification.seen_incident") == DEMO_INCIDENTS);
            return new Started(stack);
        } catch (IOException e) {
            throw new IllegalStateException("The shared local stack did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Started(RunningStack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }
}
