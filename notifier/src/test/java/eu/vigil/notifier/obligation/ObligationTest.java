package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.ObligationDeclaredNotRequired;
import eu.vigil.contracts.notification.ObligationDueMoved;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationReinstated;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.contracts.notification.ObligationWithdrawn;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.contracts.notification.SignificanceConfirmed;
import eu.vigil.eventstore.hashchain.HashChain;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

/** The obligation's life, with the fixture's clock: reminders, late, escalation, submission and its rules. */
class ObligationTest {

    // Worked example A of deadlines.md §4: aware Saturday 28 March 2026 10:00 Brussels (CET), before the clocks
    // go forward; 24 elapsed hours later it is Sunday 11:00 CEST.
    private static final Instant AWARE = Instant.parse("2026-03-28T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-29T09:00:00Z");
    private static final UUID ID = UUID.randomUUID();
    private static final ObligationTerms EARLY_WARNING = new ObligationTerms(IncidentId.generate(),
            HospitalId.of("h-brugge"), "NIS2_EARLY_WARNING", "nis2", "Early warning", "csirt", "CCB (CERT.be)",
            "NIS2 Art. 23(4)(a)", URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "2026-11-23",
            false, "Europe/Brussels", null);

    private final AggregateTestFixture<Obligation> fixture = new AggregateTestFixture<>(Obligation.class);

    @BeforeEach
    void reminders() {
        ReminderPlans plans = incident -> new ReminderPlan(List.of(Duration.ofHours(1), Duration.ofHours(12),
                Duration.ofHours(4)));
        fixture.registerInjectableResource(plans);
    }

    @Test
    void anOpenedObligationSchedulesEachReminderAndItsDueInstant() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .when(open(false))
                .expectEvents(opened(false))
                .expectScheduledDeadline(DUE.minus(Duration.ofHours(12)), new ReminderDue(DUE, Duration.ofHours(12)))
                .expectScheduledDeadline(DUE.minus(Duration.ofHours(4)), new ReminderDue(DUE, Duration.ofHours(4)))
                .expectScheduledDeadline(DUE.minus(Duration.ofHours(1)), new ReminderDue(DUE, Duration.ofHours(1)))
                .expectScheduledDeadline(DUE, new DueReached(DUE));
    }

    @Test
    void theOpeningStartsTheObligationsHashChain() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .when(open(false))
                .expectEventsMatching(exactSequenceOf(
                        linkedAs(HashChain.link(HashChain.GENESIS, 0, opened(false))), andNoMore()));
    }

    @Test
    void anOpeningStoredBeforeObligationsWereChainedIsChainedAsIfItHadItsLink() {
        // given an opening without a link, as stored before this change
        var submitted = new ObligationSubmitted(ID, AWARE, "CCB-2026-17", null);
        String opening = HashChain.link(HashChain.GENESIS, 0, opened(false));

        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(false))
                .when(new SubmitObligation(ID, AWARE, "CCB-2026-17", null))
                .expectEvents(submitted)
                .expectEventsMatching(exactSequenceOf(linkedAs(HashChain.link(opening, 1, submitted)), andNoMore()));
    }

    @Test
    void anObligationOpenedLateRemindsOnlyOfWhatIsStillAhead() {
        // given the incident was recorded 21 hours after awareness: 3 hours are left
        fixture.givenCurrentTime(AWARE.plus(Duration.ofHours(21)))
                .when(open(false))
                .expectScheduledDeadlineWithName(DUE.minus(Duration.ofHours(1)), Obligation.REMINDER)
                .expectNoScheduledDeadlineWithName(DUE.minus(Duration.ofHours(4)), Obligation.REMINDER)
                .expectNoScheduledDeadlineWithName(DUE.minus(Duration.ofHours(12)), Obligation.REMINDER);
    }

    @Test
    void eachReminderPointFiresOnceAsTimeAdvances() {
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false))
                .whenTimeAdvancesTo(DUE.minus(Duration.ofMinutes(30)))
                .expectEvents(new ReminderTriggered(ID, DUE, Duration.ofHours(12)),
                        new ReminderTriggered(ID, DUE, Duration.ofHours(4)),
                        new ReminderTriggered(ID, DUE, Duration.ofHours(1)));
    }

    @Test
    void atTheDueInstantTheObligationGoesLate() {
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false))
                .whenTimeAdvancesTo(DUE)
                .expectEvents(new ReminderTriggered(ID, DUE, Duration.ofHours(12)),
                        new ReminderTriggered(ID, DUE, Duration.ofHours(4)),
                        new ReminderTriggered(ID, DUE, Duration.ofHours(1)),
                        new DeadlineMissed(ID, DUE));
    }

    @Test
    void aSubmittedObligationIsNeitherRemindedNorLate() {
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false), new SubmitObligation(ID, AWARE, "CCB-2026-17", null))
                .whenTimeAdvancesTo(DUE.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void aReminderThatFiresTwiceIsRecordedOnce() {
        // given the due instant moved away and back: each reminder for it is now scheduled twice, as when
        // db-scheduler retries an execution whose end it did not see
        Instant elsewhere = DUE.plus(Duration.ofDays(1));
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false), new MoveDue(ID, AWARE.plus(Duration.ofDays(1)), elsewhere, "typo"),
                        new MoveDue(ID, AWARE, DUE, "typo corrected"))
                .whenTimeAdvancesTo(DUE.minus(Duration.ofHours(11)))
                .expectEvents(new ReminderTriggered(ID, DUE, Duration.ofHours(12)));
    }

    @Test
    void theSameOpenCommandAgainRecordsNothing() {
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false))
                .when(open(false))
                .expectNoEvents();
    }

    @Test
    void decidingSignificanceConfirmsAnObligationThatRanUndecided() {
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(true))
                .when(open(false))
                .expectEvents(new SignificanceConfirmed(ID));
    }

    @Test
    void aSavedProfileInAnotherZoneNamesTheZoneAndTheAuthorityWithoutMovingAnHourClock() {
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false))
                .when(new ApplyProfile(ID, DUE, "Europe/Lisbon", "CNCS", "profile saved"))
                .expectEvents(new ObligationDueMoved(ID, AWARE, DUE, "profile saved", "Europe/Lisbon", "CNCS"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theSameProfileSavedAgainRecordsNothing() {
        var terms = EARLY_WARNING;
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false))
                .when(new ApplyProfile(ID, DUE, terms.timeZone(), terms.authority(), "profile saved"))
                .expectNoEvents();
    }

    @Test
    void aCorrectedAwarenessMovesTheDueInstantAndTheRemindersFollowIt() {
        Instant earlier = AWARE.minus(Duration.ofHours(2));
        Instant newDue = DUE.minus(Duration.ofHours(2));
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false))
                .when(new MoveDue(ID, earlier, newDue, "the night nurse saw the ransom note at 09:00"))
                .expectEvents(new ObligationDueMoved(ID, earlier, newDue,
                        "the night nurse saw the ransom note at 09:00", null, null))
                .expectScheduledDeadline(newDue, new DueReached(newDue));
    }

    @Test
    void aDeadlineScheduledForTheOldDueInstantChangesNothing() {
        Instant newDue = DUE.plus(Duration.ofHours(2));
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false), new MoveDue(ID, AWARE.plus(Duration.ofHours(2)), newDue, "later"))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectEvents(new ReminderTriggered(ID, newDue, Duration.ofHours(12)),
                        new ReminderTriggered(ID, newDue, Duration.ofHours(4)));
    }

    @Test
    void aLateSubmissionNeedsTheReasonsForTheDelay() {
        fixture.givenCurrentTime(DUE.plus(Duration.ofHours(5)))
                .andGiven(opened(false), new DeadlineMissed(ID, DUE))
                .when(new SubmitObligation(ID, DUE.plus(Duration.ofHours(1)), "CCB-2026-17", " "))
                .expectException(ObligationRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("reason-for-delay-missing (reasonForDelay)"))
                .expectNoEvents();
    }

    @Test
    void aLateSubmissionKeepsItsReasons() {
        fixture.givenCurrentTime(DUE.plus(Duration.ofHours(5)))
                .andGiven(opened(false), new DeadlineMissed(ID, DUE))
                .when(new SubmitObligation(ID, DUE.plus(Duration.ofHours(1)), "CCB-2026-17", "ransomware took mail down"))
                .expectEvents(new ObligationSubmitted(ID, DUE.plus(Duration.ofHours(1)), "CCB-2026-17",
                        "ransomware took mail down"));
    }

    @Test
    void aSubmissionCannotLieInTheFuture() {
        fixture.givenCurrentTime(AWARE.plusSeconds(600))
                .andGiven(opened(false))
                .when(new SubmitObligation(ID, AWARE.plusSeconds(3600), null, null))
                .expectException(ObligationRuleException.class)
                .expectNoEvents();
    }

    @Test
    void notRequiredNeedsAReason() {
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false))
                .when(new DeclareNotRequired(ID, ""))
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("reason-missing (reason)"))
                .expectNoEvents();
    }

    @Test
    void notRequiredWithAReasonStopsTheClock() {
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false), new DeclareNotRequired(ID, "Encrypted backup tapes: unlikely to result in a risk"))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aClosedObligationRefusesChanges() {
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false), new ObligationDeclaredNotRequired(ID, "no risk"))
                .when(new SubmitObligation(ID, AWARE, null, null))
                .expectException(ObligationRuleException.class)
                .expectNoEvents();
    }

    @Test
    void aReassessedIncidentWithdrawsAndAReassessmentBackReinstates() {
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false))
                .when(new WithdrawObligation(ID, "not significant after all"))
                .expectEvents(new ObligationWithdrawn(ID, "not significant after all"));
        fixture.givenCurrentTime(AWARE)
                .andGiven(opened(false), new ObligationWithdrawn(ID, "not significant after all"))
                .when(open(false))
                .expectEvents(new ObligationReinstated(ID, AWARE, DUE, false))
                .expectScheduledDeadline(DUE, new DueReached(DUE));
    }

    @Test
    void aWithdrawnObligationNeverGoesLate() {
        fixture.givenCurrentTime(AWARE)
                .andGivenCommands(open(false), new WithdrawObligation(ID, "not significant"))
                .whenTimeAdvancesTo(DUE.plus(Duration.ofDays(2)))
                .expectNoEvents();
    }

    private static OpenObligation open(boolean undecided) {
        return new OpenObligation(ID, EARLY_WARNING, AWARE, DUE, undecided);
    }

    private static ObligationOpened opened(boolean undecided) {
        var t = EARLY_WARNING;
        return new ObligationOpened(ID, t.incidentId(), t.hospitalId(), t.ruleId(), t.regime(), t.title(),
                t.recipientKind(), t.authority(), t.legalBasis(), t.source(), t.jurisdiction(), t.ruleVersion(),
                t.baselineFallback(), AWARE, DUE, t.timeZone(), undecided, null);
    }

    private static org.hamcrest.Matcher<EventMessage<?>> linkedAs(String link) {
        return predicate(event -> link.equals(event.getMetaData().get(HashChain.KEY)));
    }
}
