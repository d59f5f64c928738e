package eu.vigil.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The share link's file (mirror/hospital-to-cert.properties) as MirrorMaker reads it, against the README. */
class MirrorFileTest {

    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)}");

    @Test
    void givenTheMirrorFile_whenItsTopicsAreRead_thenOnlyTheShareAndDrillShareTopicsTheServicesWriteMatch()
            throws IOException {
        var topics = Pattern.compile(MirrorLink.file().get("hospital->cert.topics"));
        var services = new Properties();
        try (Reader reader = Files.newBufferedReader(Repository.EVENTSTORE_KIT.resolve("eventstore-kit.properties"))) {
            services.load(reader);
        }

        assertThat(services.getProperty("vigil.topics.incident-shares")).isEqualTo("vigil.incident-shares");
        assertThat(services.getProperty("vigil.topics.drill-shares")).isEqualTo("vigil.drill-shares");
        assertThat(topics.matcher("vigil.incident-shares").matches()).isTrue();
        // a sector-wide drill (ADR 0022): its shares reach the CERT's drill feed, on a topic of their own
        assertThat(topics.matcher("vigil.drill-shares").matches()).isTrue();
        // every other topic the services write stays at the hospital
        assertThat(services.stringPropertyNames()).filteredOn(name -> name.startsWith("vigil.topics."))
                .map(services::getProperty)
                .filteredOn(topic -> topic.startsWith("vigil.") && !topic.equals("vigil.incident-shares")
                        && !topic.equals("vigil.drill-shares"))
                .isNotEmpty()
                .noneMatch(topic -> topics.matcher(topic).matches());
        // the escaped dot: an unescaped one in the file (Properties drops a lone backslash) would match any character
        assertThat(topics.matcher("vigil-incident-shares").matches()).isFalse();
        assertThat(topics.matcher("vigil-drill-shares").matches()).isFalse();
        assertThat(topics.matcher("vigil.incident-events").matches()).isFalse();
        assertThat(topics.matcher("vigil.drill-events").matches()).isFalse();
        assertThat(topics.matcher("vigil.notification-events").matches()).isFalse();
        assertThat(topics.matcher("vigil.incident-shares.h-brugge").matches()).isFalse();
        assertThat(topics.matcher("vigil.drill-shares.h-brugge").matches()).isFalse();
        assertThat(topics.matcher("mm2-offsets.h-brugge.internal").matches()).isFalse();
    }

    @Test
    void givenTheMirrorFile_whenItsFlowsAreRead_thenOneWayToTheCertWithNothingBackToTheHospital() {
        var file = MirrorLink.file();

        assertThat(file).containsEntry("hospital->cert.enabled", "true")
                .containsEntry("cert->hospital.enabled", "false")
                .containsEntry("emit.heartbeats.enabled", "false")
                .containsEntry("emit.checkpoints.enabled", "false")
                .containsEntry("emit.offset-syncs.enabled", "false")
                .containsEntry("sync.topic.configs.enabled", "false")
                .containsEntry("sync.topic.acls.enabled", "false")
                .containsEntry("replication.policy.class", "org.apache.kafka.connect.mirror.IdentityReplicationPolicy")
                .containsEntry("hospital.consumer.isolation.level", "read_committed")
                .containsEntry("cert.exactly.once.source.support", "enabled");
    }

    @Test
    void givenTheMirrorFile_whenItReadsTheEnvironment_thenEveryVariableIsAllowedAndNamedInTheReadme()
            throws IOException {
        String readme = Files.readString(Repository.DEPLOY.resolve("README.md"));
        var file = MirrorLink.file();
        String allowed = file.get("config.providers.env.param.allowlist.pattern");

        Matcher reference = ENVIRONMENT.matcher(String.join("\n", file.values()));
        int references = 0;
        while (reference.find()) {
            references++;
            assertThat(reference.group(1)).matches(allowed);
            assertThat(readme).contains("`" + reference.group(1) + "`");
        }
        assertThat(references).isGreaterThanOrEqualTo(3);
    }
}
