package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.testsupport.TopicRecords;
import org.assertj.core.api.SoftAssertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Event ids as a store, a topic or a projection holds them, and their comparison: the same ids, each once, said as
 * an MD5 of the sorted ids when they agree and as what is missing, extra or doubled when they do not.
 */
final class EventIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code eventId} of every record on the topic, read committed, in the order read: a doubled one twice. */
    static List<String> onTopic(RunningStack stack, String topic) {
        var ids = new ArrayList<String>();
        for (var record : TopicRecords.readAll(stack.kafkaBootstrapServers(), topic, Duration.ofSeconds(2))) {
            try {
                ids.add(JSON.readTree(record.value()).get("eventId").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    /**
     * Checks that {@code actual} holds exactly the ids of {@code expected}, each once, into {@code softly}.
     *
     * @param what says where the ids were read, such as "incident topic"
     */
    static void assertSame(SoftAssertions softly, String what, Collection<String> expected, List<String> actual) {
        var wanted = new TreeSet<>(expected);
        var missing = new TreeSet<>(wanted);
        actual.forEach(missing::remove);
        var extra = new TreeSet<>(actual);
        extra.removeAll(wanted);
        softly.assertThat(checksum(actual)).as("%s: %d ids, missing %s, extra %s, doubled %s", what, actual.size(),
                missing, extra, doubled(actual)).isEqualTo(checksum(wanted));
    }

    /** MD5 of the ids in order, joined by new lines: a doubled id changes it. */
    static String checksum(Collection<String> ids) {
        var sorted = new ArrayList<>(ids);
        sorted.sort(null);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> doubled(Collection<String> ids) {
        var seen = new HashSet<String>();
        var doubled = new TreeSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                doubled.add(id);
            }
        }
        return doubled;
    }

    private EventIds() {
    }
}
