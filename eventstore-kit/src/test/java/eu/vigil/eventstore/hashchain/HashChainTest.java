package eu.vigil.eventstore.hashchain;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
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

    @Test
    void givenAShareRecordedBeforeCountryAndSectorViewWhenLinkedAgainThenItsLinkIsTheOneItWasStoredWith() {
        var share = new IncidentShared(INCIDENT, 1, Tlp.AMBER, true, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null,
                "Ransomware on imaging", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN);
        // the canonical form the share had before the fields were added: sorted, nulls left out
        String before = "{\"category\":\"malicious-code/infected-system\",\"crossBorder\":\"unknown\","
                + "\"deviceTypes\":[],\"incidentId\":\"0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f\",\"indicators\":[],"
                + "\"phase\":\"detection\",\"pseudonymised\":true,\"revision\":1,"
                + "\"summary\":\"Ransomware on imaging\",\"tlp\":\"amber\"}";

        assertThat(HashChain.link(HashChain.GENESIS, 5, share))
                .isEqualTo(sha256(HashChain.GENESIS + "\n5\nIncidentShared\n" + before));
    }

    @Test
    void givenAShareOptedIntoTheSectorViewWhenLinkedThenTheChoiceIsPartOfTheLink() {
        var out = new IncidentShared(INCIDENT, 1, Tlp.AMBER, true, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null,
                "Ransomware on imaging", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN, "BE", false);
        var in = new IncidentShared(INCIDENT, 1, Tlp.AMBER, true, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null,
                "Ransomware on imaging", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN, "BE", true);

        assertThat(HashChain.link(HashChain.GENESIS, 5, in)).isNotEqualTo(HashChain.link(HashChain.GENESIS, 5, out));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimelineEntryAppended entry(String text) {
        return new TimelineEntryAppended(INCIDENT, ENTRY, TimelineEntryKind.ACTION, text, AT, AT, null, null);
    }
}
