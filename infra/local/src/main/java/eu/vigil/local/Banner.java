package eu.vigil.local;

import eu.vigil.embedded.Commits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The block the local stack prints once it is up: where everything is, who can log in, how to stop. */
final class Banner {

    private Banner() {
    }

    static void print(RunningStack stack, Duration startUp) {
        var settings = stack.settings();
        long rssMib = stack.pids().stream().mapToLong(Banner::residentKib).sum() / 1024;
        System.out.printf("""

                ================================================================================
                 Vigil is running (started in %.1f s, %d MiB resident in %d JVMs)

                 Open  %s  and log in as one of the demo users below.
                 Mail  %s  every e-mail the notifier sends (deadline reminders, escalations)

                 Demo logins (passwords generated at first start, kept in the data folder)
                %s
                 Machine clients (client credentials, for the API; see README):
                %s

                 Behind the gateway, for operators and API clients with a bearer token:
                 identity (OIDC)  %s
                 command-service  %s   query-service  %s   notifier  %s%s
                 health <service>/actuator/health, metrics <service>/actuator/prometheus
                 PostgreSQL %s (user postgres), Kafka %s
                 Commits %s

                 Data folder %s (logs in logs/: NAME.log as text, NAME.json as JSON lines)
                 Ctrl-C stops everything. Start clean (deletes the data folder): add --clean
                ================================================================================
                %n""",
                startUp.toMillis() / 1000.0, rssMib, stack.pids().size(), settings.gatewayUrl(), stack.mailboxUrl(),
                logins(stack.directory()), clients(stack.directory()), settings.issuer(),
                stack.commandServiceUrl(), stack.queryServiceUrl(), stack.notifierUrl(), otherInstances(stack),
                stack.jdbcUrl(), stack.kafkaBootstrapServers(), durability(settings.commits()),
                settings.dataDirectory());
    }

    private static String otherInstances(RunningStack stack) {
        var others = stack.services().stream().filter(process -> process.name().matches(".*-\\d+"))
                .map(process -> process.name() + "  " + process.url()).toList();
        return others.isEmpty() ? "" : "\n and, taken in turn by the gateway: " + String.join(", ", others);
    }

    private static String durability(Commits commits) {
        return commits == Commits.DURABLE
                ? "durable (synchronous_commit=on, fsync=on): an answered change is on disk"
                : "FAST, UNSAFE (--fast-unsafe-commits): a power cut can lose answered changes";
    }

    private static String logins(Directory directory) {
        return directory.users().stream()
                .map(user -> String.format("   %-18s %-17s %-18s %s", user.username(), user.password(),
                        String.join(",", user.roles()), user.hospital() == null ? "" : user.hospital()))
                .collect(Collectors.joining("\n"));
    }

    private static String clients(Directory directory) {
        return directory.clients().stream()
                .map(client -> String.format("   %-22s %s", client.clientId(), client.secret()))
                .collect(Collectors.joining("\n"));
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
