package eu.vigil.correlation;

import org.junit.jupiter.api.Test;

import eu.vigil.correlation.CampaignRule.Sighting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

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

    @Test
    void givenThreeHospitalsWithinTheWindowWhenCountedThenThreeAndTheSameHospitalTwiceCountsOnce() {
        var sightings = List.of(seen("a", -71), seen("b", -10), seen("a", -5), seen("c", 0));

        assertThat(rule.mostHospitals(sightings, SHARED)).isEqualTo(3);
    }

    @Test
    void givenALaterSightingWithinAWindowOfTheShareWhenCountedThenItCountsAsSharesMayArriveInAnyOrder() {
        var sightings = List.of(seen("a", 0), seen("b", 30), seen("c", 72));

        assertThat(rule.mostHospitals(sightings, SHARED)).isEqualTo(3);
    }

    @Test
    void givenSightingsSpreadWiderThanTheWindowWhenCountedThenOnlyOneWindowsHospitalsCount() {
        var sightings = List.of(seen("a", -73), seen("b", -1), seen("c", 0), seen("d", 73));

        assertThat(rule.mostHospitals(sightings, SHARED)).isEqualTo(2);
    }

    @Test
    void givenRandomSightingsWhenCountedInOnePassThenEveryWindowThatHoldsTheShareWasWeighed() {
        var random = new Random(20261206);
        for (int round = 0; round < 500; round++) {
            var sightings = new ArrayList<Sighting>();
            for (int i = random.nextInt(40); i > 0; i--) {
                sightings.add(seen("h" + random.nextInt(8), random.nextInt(300) - 150));
            }
            sightings.sort(Comparator.comparing(Sighting::seenAt));

            assertThat(rule.mostHospitals(sightings, SHARED)).as("round %d: %s", round, sightings)
                    .isEqualTo(everyWindowWeighed(sightings));
        }
    }

    // the rule as written: each window starts at a sighting up to a window before the share, and spans the window
    private long everyWindowWeighed(List<Sighting> sightings) {
        long most = 0;
        for (var start : sightings) {
            if (start.seenAt().isBefore(rule.countsFrom(SHARED)) || start.seenAt().isAfter(SHARED)) {
                continue;
            }
            var hospitals = new HashSet<String>();
            sightings.stream().filter(later -> !later.seenAt().isBefore(start.seenAt())
                            && !later.seenAt().isAfter(start.seenAt().plus(rule.window())))
                    .forEach(later -> hospitals.add(later.hospitalId()));
            most = Math.max(most, hospitals.size());
        }
        return most;
    }

    private static Sighting seen(String hospital, int hoursFromShare) {
        return new Sighting(hospital, SHARED.plus(Duration.ofHours(hoursFromShare)));
    }
}
