package eu.vigil.eventstore.hashchain;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    private static final UUID ENTRY = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final Instant AT = Instant.parse("2026-10-25T00:30:00Z");

    @Test
    void theSameEventAtTheSamePlaceAlwaysHasTheSameLink() {
        assertThat(HashChain.link(HashChain.GENESIS, 3, entry("PACS isolated")))
                .isEqualTo(HashChain.link(HashChain.GENESIS, 3, entry("PACS isolated")))
                .hasSize(64);
    }

    @Test
    void changingTheTextThePositionOrThePreviousLinkChangesTheLink() {
        String link = HashChain.link(HashChain.GENESIS, 3, entry("PACS isolated"));

        assertThat(HashChain.link(HashChain.GENESIS, 3, entry("PACS isolated!"))).isNotEqualTo(link);
        assertThat(HashChain.link(HashChain.GENESIS, 4, entry("PACS isolated"))).isNotEqualTo(link);
        assertThat(HashChain.link(link, 3, entry("PACS isolated"))).isNotEqualTo(link);
    }

    private static TimelineEntryAppended entry(String text) {
        return new TimelineEntryAppended(INCIDENT, ENTRY, TimelineEntryKind.ACTION, text, AT, AT, null, null);
    }
}
