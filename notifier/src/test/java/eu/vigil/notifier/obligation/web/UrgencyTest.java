package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.NotifierMessages;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.contracts.notification.ObligationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's urgency: its order, and its words in the reader's language (no Spring context). */
class UrgencyTest {

    // Sunday 29 March 2026 09:00 UTC, the morning EU clocks went forward: the urgency counts elapsed hours
    private static final Instant NOW = Instant.parse("2026-03-29T09:00:00Z");

    private final ResourceBundleMessageSource messages = NotifierMessages.bundles();

    @Test
    void theBoardOrdersLateFirstThenDueWithin24HoursThenTheRestByDueInstant() {
        // given, in the view's order
        var submitted = obligation("submitted", ObligationStatus.SUBMITTED, NOW.minus(Duration.ofHours(40)));
        var withoutInstant = obligation("undue", ObligationStatus.OPEN, null);
        var inFiveDays = obligation("in-5-days", ObligationStatus.OPEN, NOW.plus(Duration.ofDays(5)));
        var inTwoDays = obligation("in-2-days", ObligationStatus.OPEN, NOW.plus(Duration.ofDays(2)));
        var inTwentyHours = obligation("in-20-h", ObligationStatus.OPEN, NOW.plus(Duration.ofHours(20)));
        var lateByThreeHours = obligation("late-3-h", ObligationStatus.LATE, NOW.minus(Duration.ofHours(3)));
        // due a minute ago: late, although the due deadline has not marked it late yet
        var justDue = obligation("just-due", ObligationStatus.OPEN, NOW.minus(Duration.ofMinutes(1)));

        // when
        var board = List.of(submitted, withoutInstant, inFiveDays, inTwoDays, inTwentyHours, lateByThreeHours, justDue)
                .stream().sorted(Urgency.boardOrder(NOW)).map(ObligationRow::ruleId).toList();

        // then
        assertThat(board).containsExactly("late-3-h", "just-due", "in-20-h", "in-2-days", "in-5-days", "undue",
                "submitted");
    }

    @Test
    void eachUrgencyHasItsWordsAndItsOwnColour() {
        assertThat(words(obligation("a", ObligationStatus.LATE, NOW.minus(Duration.ofHours(3))), Locale.ROOT))
                .isEqualTo("Late by 3 h 0 min");
        assertThat(words(obligation("b", ObligationStatus.OPEN, NOW.plus(Duration.ofHours(24))), Locale.ROOT))
                .isEqualTo("Due within 24 h");
        assertThat(words(obligation("c", ObligationStatus.OPEN, NOW.plus(Duration.ofHours(30))), Locale.ROOT))
                .isEqualTo("Due in 30 h 0 min");
        assertThat(words(obligation("d", ObligationStatus.OPEN, NOW.plus(Duration.ofDays(5))), Locale.ROOT))
                .isEqualTo("Due in 5 days");
        assertThat(words(obligation("e", ObligationStatus.OPEN, null), Locale.ROOT)).isEqualTo("Without undue delay");
        assertThat(List.of(Urgency.values())).extracting(Urgency::cssClass).doesNotHaveDuplicates();
    }

    @Test
    void aFrenchReaderReadsTheUrgencyInFrench() {
        assertThat(words(obligation("a", ObligationStatus.LATE, NOW.minus(Duration.ofHours(3))), Locale.FRENCH))
                .isEqualTo("En retard de 3 h 0 min");
        assertThat(words(obligation("d", ObligationStatus.OPEN, NOW.plus(Duration.ofDays(5))), Locale.FRENCH))
                .isEqualTo("Échéance dans 5 jours");
    }

    private String words(ObligationRow obligation, Locale locale) {
        return TimeLeft.urgency(Urgency.of(obligation, NOW), obligation, NOW, messages, locale);
    }

    private static ObligationRow obligation(String ruleId, ObligationStatus status, Instant due) {
        return new ObligationRow(UUID.randomUUID(), IncidentId.generate(), HospitalId.of("h-brugge"), ruleId, "nis2",
                ruleId, "csirt", "CCB (CERT.be)", "NIS2 Art. 23(4)(a)", "https://eur-lex.europa.eu/eli/dir/2022/2555/oj",
                "BE", false, NOW.minus(Duration.ofHours(30)), due, ZoneId.of("Europe/Brussels"), false, status, null,
                null, null, null, null, null);
    }
}
