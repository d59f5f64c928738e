package eu.vigil.correlation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRuleTest {

    private static final Instant SHARED = Instant.parse("2026-03-29T01:30:00Z");
    private final CampaignRule rule = new CampaignRule(3, Duration.ofHours(72));

    @Test
    void givenTwoHospitalsWhenAThirdSharesTheValueThenAnAlertIsRaised() {
        assertThat(rule.raises(2, false)).isFalse();
        assertThat(rule.raises(3, false)).isTrue();
    }

    @Test
    void givenAnAlertNearbyWhenAFourthHospitalSharesThenNoSecondAlert() {
        assertThat(rule.raises(4, true)).isFalse();
    }

    @Test
    void sightingsCountAndAlertsSilenceWithinTheWindowEitherSideOfTheShare() {
        // 72 hours across the change to summer time in Europe: the rule is on instants, never on local hours
        assertThat(rule.countsFrom(SHARED)).isEqualTo(Instant.parse("2026-03-26T01:30:00Z"));
        assertThat(rule.quietUntil(SHARED)).isEqualTo(Instant.parse("2026-04-01T01:30:00Z"));
    }

    @Test
    void theAlertIdIsTheSameForTheSameShareAndDiffersForAnother() {
        assertThat(CampaignRule.alertId("ipv4", "198.51.100.23", SHARED))
                .isEqualTo(CampaignRule.alertId("ipv4", "198.51.100.23", SHARED))
                .isNotEqualTo(CampaignRule.alertId("ipv4", "198.51.100.24", SHARED))
                .isNotEqualTo(CampaignRule.alertId("ipv4", "198.51.100.23", SHARED.plusMillis(1)));
    }

    @Test
    void aCampaignOfOneHospitalOrAnEmptyWindowIsRefused() {
        assertThatThrownBy(() -> new CampaignRule(1, Duration.ofHours(1))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new CampaignRule(3, Duration.ZERO)).hasMessageContaining("positive");
    }
}
