package eu.vigil.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The block the local stack prints once it is up: where everything is, how to stop and start clean. */
final class Banner {

    private Banner() {
    }

    static void print(RunningStack stack, Duration startUp) {
        var settings = stack.settings();
        long rssMib = stack.pids().stream().mapToLong(Banner::residentKib).sum() / 1024;
        System.out.printf("""

                ================================================================================
                 Vigil is running (started in %.1f s, %d MiB resident in %d JVMs)

                 command-service  %s   POST /api/incidents, PUT /api/hospitals/{id}
                 query-service    %s   GET  /api/incidents, /api/incidents/{id}
                 notifier         %s   GET  /api/seen-incidents
                 health           <service>/actuator/health, metrics <service>/actuator/prometheus

                 PostgreSQL       %s (user postgres)
                 Kafka            %s
                 Data folder      %s  (logs in logs/)
                 Logins           none yet: login arrives with the gateway

                 Ctrl-C stops everything. Start clean (deletes the data folder): add --clean
                ================================================================================
                %n""",
                startUp.toMillis() / 1000.0, rssMib, stack.pids().size(),
                stack.commandServiceUrl(), stack.queryServiceUrl(), stack.notifierUrl(),
                stack.jdbcUrl(), stack.kafkaBootstrapServers(), settings.dataDirectory());
    }

    private static long residentKib(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            return status.stream().filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }
}
