package eu.vigil.bench;

import org.apache.kafka.common.utils.AppInfoParser;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** What the figures depend on besides Vigil itself (harness rule 3), read once at the start of a run. */
final class Conditions {

    private static final Pattern LINGER = Pattern.compile("(?m)^\\s*linger\\.ms:\\s*(\\S+)");
    private static final Pattern ACKS = Pattern.compile("(?m)^\\s*acks:\\s*(\\S+)");

    private Conditions() {
    }

    /** Label → value, in print order. */
    static Map<String, String> read(Database database, Path folder, Path serviceJar) throws SQLException {
        var conditions = new LinkedHashMap<String, String>();
        conditions.put("machine", Runtime.getRuntime().availableProcessors() + " CPUs ("
                + firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("model unknown")
                + "), load average at start " + firstLine(Path.of("/proc/loadavg"))
                .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3))).orElse("?")
                + " (other builds may share the machine: see 'others' in each phase's CPU line)");
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        conditions.put("bench JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + (flags.isEmpty() ? "no flags" : String.join(" ", flags)) + "; also runs the Kafka broker");
        var jar = ServiceJar.read(serviceJar);
        conditions.put("command-service", serviceJvm(serviceJar));
        conditions.put("PostgreSQL", database.text("show server_version")
                + ", synchronous_commit=" + database.text("show synchronous_commit") + " ("
                + database.text("select source from pg_settings where name = 'synchronous_commit'") + ")"
                + ", fsync=" + database.text("show fsync")
                + ", wal_sync_method=" + database.text("show wal_sync_method")
                + ", shared_buffers=" + database.text("show shared_buffers")
                + "; also set: " + String.join(", ", database.rows("""
                        select name || '=' || setting from pg_settings
                        where source not in ('default', 'override', 'client', 'session')
                          and name not in ('synchronous_commit', 'fsync', 'wal_sync_method', 'shared_buffers')
                        order by name""")));
        conditions.put("disk", FsyncTest.fdatasync(folder) + "; data in " + folder + " ("
                + fileSystem(folder) + ")");
        conditions.put("Kafka", AppInfoParser.getVersion() + " single broker in the bench JVM (flush per message);"
                + " command-service producer linger.ms=" + find(LINGER, jar.settings()) + ", acks="
                + find(ACKS, jar.settings()) + " (its application.yml)");
        return conditions;
    }

    /** How a service JVM runs: its flags, its jar and when that was built. */
    static String serviceJvm(Path jar) {
        return "same java, " + String.join(" ", ServiceJvm.FLAGS) + ", " + jar + " built "
                + ServiceJar.read(jar).builtAt() + " (a jar older than your change means: build with -am)";
    }

    /** The service's default settings and when its jar was built (its manifest's time). */
    private record ServiceJar(String settings, String builtAt) {

        static ServiceJar read(Path jar) {
            try (var zip = new ZipFile(jar.toFile())) {
                var yml = zip.getEntry("BOOT-INF/classes/application.yml");
                var manifest = zip.getEntry("META-INF/MANIFEST.MF");
                return new ServiceJar(yml == null ? ""
                        : new String(zip.getInputStream(yml).readAllBytes(), StandardCharsets.UTF_8),
                        manifest == null ? "at an unknown time" : manifest.getTimeLocal().withNano(0).toString());
            } catch (IOException e) {
                return new ServiceJar("", "at an unknown time (" + e.getMessage() + ")");
            }
        }
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "(not set: Kafka's default)";
    }

    /** The type of the file system the longest matching mount point of /proc/mounts holds. */
    private static String fileSystem(Path folder) {
        String best = "";
        String type = "file system unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
                String[] fields = line.split(" ");
                if (fields.length > 2 && folder.toAbsolutePath().startsWith(fields[1])
                        && fields[1].length() > best.length()) {
                    best = fields[1];
                    type = fields[2] + " on " + fields[0];
                }
            }
        } catch (IOException unreadable) {
            // keep "unknown"
        }
        return type;
    }

    private static Optional<String> firstValue(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstLine(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
