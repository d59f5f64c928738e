package eu.vigil.query.drill;

import eu.vigil.contracts.drill.ScriptedExpectation;
import eu.vigil.contracts.drill.ScriptedInject;
import eu.vigil.query.drill.DrillFacts.Action;
import eu.vigil.query.drill.DrillFacts.Incident;
import eu.vigil.query.drill.DrillFacts.Obligation;
import eu.vigil.query.drill.DrillReport.ExpectationResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill at scale 60 (an hour of the scenario is a minute), started at 09:00, its incident aware at 09:01. */
class DrillScoreTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant AWARE = START.plusSeconds(60);
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final UUID EARLY_WARNING = UUID.randomUUID();
    private static final UUID NOTIFICATION = UUID.randomUUID();
    // the early warning due 24 scenario hours after awareness: 24 real minutes
    private static final Instant WARNING_DUE = AWARE.plus(Duration.ofMinutes(24));
    private static final Instant NOTIFICATION_DUE = AWARE.plus(Duration.ofMinutes(72));

    // inject 1 at 0 h: report within 1 h, classify within 2 h (scenario); inject 2 at 3 h: the early warning approved
    // by the law's clock, shared with the CERT within 1 h
    private static final List<ScriptedInject> SCRIPT = List.of(
            new ScriptedInject(Duration.ZERO, Map.of("en", "PACS unreachable", "fr", "PACS injoignable"), List.of(
                    expectation("SECURITY_OFFICER", "RECORD_AWARENESS", "IncidentReported", null, Duration.ofHours(1)),
                    expectation("SECURITY_OFFICER", "CLASSIFY", "IncidentClassified", null, Duration.ofHours(2)))),
            new ScriptedInject(Duration.ofHours(3), Map.of("en", "Ransom note on three workstations"), List.of(
                    expectation("DPO", "APPROVE_EARLY_WARNING", "DraftApproved", "NIS2_EARLY_WARNING", null),
                    expectation("SECURITY_OFFICER", "SHARE_WITH_CERT", "IncidentShared", null, Duration.ofHours(1)))));

    @Test
    void givenResponsesOnTimeLateAndNeverWhenTheDrillHasEndedThenEachExpectationIsMetLateOrMissed() {
        var facts = facts(ended(START.plus(Duration.ofMinutes(40))), List.of(
                action(null, null, "IncidentReported", START.plusSeconds(50), "u-officer", "SECURITY_OFFICER"),
                // classify due at 09:02: done at 09:04, two real minutes (two scenario hours) late
                action(null, null, "IncidentClassified", START.plus(Duration.ofMinutes(4)), "u-dpo", "DPO"),
                action(EARLY_WARNING, "NIS2_EARLY_WARNING", "DraftApproved", WARNING_DUE.minusSeconds(60), "u-dpo",
                        "DPO")));

        var report = DrillScore.score(facts, START.plus(Duration.ofHours(1)));

        var first = report.injects().get(0).expectations();
        assertThat(first.get(0).status()).isEqualTo(ExpectationStatus.MET);
        assertThat(first.get(0).dueAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(first.get(1).status()).isEqualTo(ExpectationStatus.LATE);
        assertThat(first.get(1).lateBy()).isEqualTo(Duration.ofMinutes(2));
        assertThat(first.get(1).lateByScenario()).isEqualTo(Duration.ofHours(2));
        assertThat(first.get(1).otherRole()).isTrue();
        assertThat(first.get(1).doneBy()).isEqualTo("u-dpo");
        var second = report.injects().get(1);
        assertThat(second.releasedAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
        assertThat(second.expectations().get(0).status()).isEqualTo(ExpectationStatus.MET);
        assertThat(second.expectations().get(0).dueAt()).isEqualTo(WARNING_DUE);
        assertThat(second.expectations().get(1).status()).isEqualTo(ExpectationStatus.MISSED);
        assertThat(report.headline()).extracting("met", "late", "missed", "pending").containsExactly(2, 1, 1, 0);
    }

    @Test
    void givenADrillEndedBeforeItsSecondInjectThenThatInjectStaysUnreleasedAndItsExpectationsUnreachedHoweverLateRead() {
        var facts = facts(ended(START.plus(Duration.ofMinutes(2))), List.of(
                action(null, null, "IncidentReported", START.plusSeconds(50), "u-officer", "SECURITY_OFFICER")));

        var atTheEnd = DrillScore.score(facts, START.plus(Duration.ofMinutes(2)));
        var dayLater = DrillScore.score(facts, START.plus(Duration.ofDays(1)));

        for (var report : List.of(atTheEnd, dayLater)) {
            assertThat(report.injects().get(0).released()).isTrue();
            assertThat(report.injects().get(1).released()).isFalse();
            assertThat(report.injects().get(1).expectations()).extracting(ExpectationResult::status)
                    .containsOnly(ExpectationStatus.NOT_REACHED);
            assertThat(report.headline()).extracting("met", "late", "missed", "pending").containsExactly(1, 0, 1, 0);
        }
    }

    @Test
    void givenARunningDrillWhenAnExpectationIsNotDueYetThenItIsPendingAndOnceDueItIsMissed() {
        var facts = facts(running(), List.of());

        var early = DrillScore.score(facts, START.plusSeconds(30));
        var later = DrillScore.score(facts, START.plus(Duration.ofMinutes(5)));

        assertThat(early.injects().get(0).expectations().get(0).status()).isEqualTo(ExpectationStatus.PENDING);
        assertThat(early.injects().get(1).released()).isFalse();
        assertThat(later.injects().get(0).expectations().get(0).status()).isEqualTo(ExpectationStatus.MISSED);
        assertThat(later.injects().get(1).expectations().get(0).status()).isEqualTo(ExpectationStatus.PENDING);
    }

    @Test
    void givenAnEventOfAnotherObligationsRuleThenItDoesNotMeetTheExpectation() {
        var facts = facts(ended(START.plus(Duration.ofMinutes(30))), List.of(
                action(NOTIFICATION, "NIS2_INCIDENT_NOTIFICATION", "DraftApproved", START.plusSeconds(300), "u-dpo",
                        "DPO")));

        var report = DrillScore.score(facts, START.plus(Duration.ofMinutes(30)));

        assertThat(report.injects().get(1).expectations().get(0).status()).isEqualTo(ExpectationStatus.MISSED);
    }

    @Test
    void givenTheObligationsThenEachIsMeasuredAgainstItsDueInstantAndTheHeadlineInScenarioTime() {
        var facts = facts(ended(START.plus(Duration.ofHours(2))), List.of(
                action(EARLY_WARNING, "NIS2_EARLY_WARNING", "DraftApproved", AWARE.plus(Duration.ofMinutes(20)),
                        "u-dpo", "DPO"),
                action(EARLY_WARNING, "NIS2_EARLY_WARNING", "ObligationSubmitted", AWARE.plus(Duration.ofMinutes(30)),
                        "u-dpo", "DPO"),
                action(NOTIFICATION, "NIS2_INCIDENT_NOTIFICATION", "DraftApproved", AWARE.plus(Duration.ofMinutes(70)),
                        "u-dpo", "DPO"),
                action(NOTIFICATION, "NIS2_INCIDENT_NOTIFICATION", "ReminderTriggered",
                        AWARE.plus(Duration.ofMinutes(60)), "notifier", "SYSTEM")));

        var report = DrillScore.score(facts, START.plus(Duration.ofHours(3)));

        var warning = report.obligations().get(0);
        assertThat(warning.ruleId()).isEqualTo("NIS2_EARLY_WARNING");
        assertThat(warning.approvedAt()).isEqualTo(AWARE.plus(Duration.ofMinutes(20)));
        assertThat(warning.lateBy()).isEqualTo(Duration.ofMinutes(6));
        assertThat(warning.lateByScenario()).isEqualTo(Duration.ofHours(6));
        var notification = report.obligations().get(1);
        assertThat(notification.submittedAt()).isNull();
        // never submitted: open past its due instant until the drill ended
        assertThat(notification.lateBy()).isEqualTo(Duration.between(NOTIFICATION_DUE, START.plus(Duration.ofHours(2))));
        assertThat(report.headline().earlyWarning().scenarioTime()).isEqualTo(Duration.ofHours(30));
        assertThat(report.headline().earlyWarning().submitted()).isTrue();
        assertThat(report.headline().notification().scenarioTime()).isEqualTo(Duration.ofHours(70));
        assertThat(report.headline().notification().submitted()).isFalse();
    }

    @Test
    void givenPeopleAndTheNotifierActingThenWhoActedWhenListsThePeopleOnlyOldestFirst() {
        var facts = facts(running(), List.of(
                action(EARLY_WARNING, "NIS2_EARLY_WARNING", "DraftApproved", START.plusSeconds(300), "u-dpo", "DPO"),
                action(EARLY_WARNING, "NIS2_EARLY_WARNING", "ReminderTriggered", START.plusSeconds(200), "notifier",
                        "SYSTEM"),
                action(null, null, "IncidentReported", START.plusSeconds(50), "u-officer", "SECURITY_OFFICER")));

        var report = DrillScore.score(facts, START.plusSeconds(400));

        assertThat(report.actions()).extracting(Action::actorId).containsExactly("u-officer", "u-dpo");
    }

    @Test
    void givenADrillWithoutScriptOrIncidentsThenItsReportIsEmptyButWhole() {
        var drill = new Drill(UUID.randomUUID(), "h", "Tabletop", null, 1, START, null, null, null, null, List.of(),
                Map.of(), 0);

        var report = DrillScore.score(new DrillFacts(drill, List.of(), List.of(), List.of()), START);

        assertThat(report.injects()).isEmpty();
        assertThat(report.headline().earlyWarning()).isNull();
        assertThat(report.headline()).extracting("met", "late", "missed", "pending").containsExactly(0, 0, 0, 0);
    }

    @Test
    void givenTheScenariosTitlesFromTheStartThenTheReportNamesItInTheReadersLanguageElseEnglishElseByItsId() {
        var report = DrillScore.score(facts(running(), List.of()), START);
        var recordedBeforeTitles = DrillScore.score(facts(new Drill(UUID.randomUUID(), "h-brugge", "PACS ransomware",
                "pacs-ransomware", 60, START, null, null, null, null, SCRIPT, Map.of(), 1), List.of()), START);

        assertThat(report.scenarioIn("fr")).isEqualTo("Rançongiciel sur le PACS");
        assertThat(report.scenarioIn("de")).isEqualTo("Ransomware on the PACS");
        assertThat(DrillSummary.of(report).scenarioIn("fr")).isEqualTo("Rançongiciel sur le PACS");
        assertThat(recordedBeforeTitles.scenarioIn("fr")).isEqualTo("pacs-ransomware");
    }

    private static DrillFacts facts(Drill drill, List<Action> actions) {
        return new DrillFacts(drill, List.of(new Incident(INCIDENT, "Drill: PACS", AWARE)), actions, List.of(
                new Obligation(EARLY_WARNING, INCIDENT, "NIS2_EARLY_WARNING", WARNING_DUE, "submitted"),
                new Obligation(NOTIFICATION, INCIDENT, "NIS2_INCIDENT_NOTIFICATION", NOTIFICATION_DUE, "late")));
    }

    private static Drill running() {
        return ended(null);
    }

    private static Drill ended(Instant endedAt) {
        return new Drill(UUID.randomUUID(), "h-brugge", "PACS ransomware", "pacs-ransomware", 60, START, endedAt,
                null, null, null, SCRIPT, Map.of("en", "Ransomware on the PACS", "fr", "Rançongiciel sur le PACS"), 1);
    }

    private static Action action(UUID obligation, String rule, String type, Instant at, String actor, String role) {
        return new Action(INCIDENT, obligation, rule, type, at, actor, role);
    }

    private static ScriptedExpectation expectation(String who, String action, String event, String rule,
                                                   Duration within) {
        return new ScriptedExpectation(who, action, event, rule, within);
    }
}
