package eu.vigil.deploy;

import kafka.admin.AclCommand;
import org.apache.kafka.common.utils.Exit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * mirror/link-acls.txt, the ACLs each side grants the share link's user, applied as an operator applies them: each
 * line's arguments after {@code kafka-acls.sh --add --allow-principal User:<user>}, run by kafka-acls.sh's own code.
 */
final class LinkAcls {

    static final Path FILE = Repository.DEPLOY.resolve("mirror/link-acls.txt");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LinkAcls() {
    }

    /** The arguments of each of the side's lines ("cert" or "hospital"), the hospital's id filled in. */
    static List<List<String>> rules(String side, String hospitalId) {
        try {
            return Files.readAllLines(FILE).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith(side + " "))
                    .map(line -> line.substring(side.length()).strip()
                            .replace("${VIGIL_MIRROR_HOSPITAL_ID}", hospitalId))
                    .map(arguments -> Arrays.asList(SPACES.split(arguments)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param adminConfig where to write the {@code --command-config} file of the broker's super user
     */
    static void grant(SaslBroker broker, String side, String hospitalId, String user, Path adminConfig) {
        writeCommandConfig(broker.superUser(), adminConfig);
        for (var rule : rules(side, hospitalId)) {
            var arguments = new ArrayList<>(List.of("--bootstrap-server", broker.bootstrapServers(),
                    "--command-config", adminConfig.toString(), "--add", "--allow-principal", "User:" + user));
            arguments.addAll(rule);
            // kafka-acls.sh exits the process when it fails: here that fails the test instead
            Exit.setExitProcedure((status, message) -> {
                throw new IllegalStateException("kafka-acls.sh " + String.join(" ", arguments) + " exited with "
                        + status + (message == null ? "" : ": " + message));
            });
            try {
                AclCommand.main(arguments.toArray(String[]::new));
            } finally {
                Exit.resetExitProcedure();
            }
        }
    }

    private static void writeCommandConfig(Map<String, Object> client, Path file) {
        var properties = new Properties();
        client.forEach((name, value) -> properties.setProperty(name, String.valueOf(value)));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "the super user, for kafka-acls.sh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
