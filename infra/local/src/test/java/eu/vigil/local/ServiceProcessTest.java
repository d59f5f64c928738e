package eu.vigil.local;

import eu.vigil.embedded.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ServiceProcessTest {

    @Test
    void givenAServiceThatStopsDuringStartUpWhenAwaitedThenTheErrorQuotesTheEndOfItsLog(@TempDir Path folder)
            throws Exception {
        var log = folder.resolve("query-service.log");
        try (var service = ServiceProcess.launch("query-service", folder.resolve("missing.jar"),
                Ports.requireFree(0, "query-service", ""), log, List.of(), Map.of(), false)) {

            var failure = catchThrowable(() -> service.awaitReady(Duration.ofSeconds(30)));

            assertThat(failure).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("query-service stopped during start-up (exit code 1)")
                    .hasMessageContaining("missing.jar"); // the JVM's own words, read from the log
        }
    }
}
