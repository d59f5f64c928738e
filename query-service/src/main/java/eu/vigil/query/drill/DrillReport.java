package eu.vigil.query.drill;

import eu.vigil.query.drill.DrillFacts.Action;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A drill's report, as {@link DrillScore} computes it on read. Late and elapsed times are given in real time and in
 * the scenario's time (real time × the drill's scale), which is what the law's clocks measured.
 *
 * @param scenarioTitle the scenario's title by ISO 639-1 language code, as the drill's start recorded it; empty
 *                      without a scenario and for a drill started before starts recorded it
 * @param actions       who acted when: the people's actions on the drill's incidents and obligations, oldest first
 * @param deletedAt     when the drill was deleted (ADR 0023), its report kept as it stood then; null for a drill
 *                      that is not deleted
 */
public record DrillReport(UUID drillId, String title, String scenarioId, int scale, Instant startedAt,
                          Instant endedAt, Instant archivedAt, String lessons, Instant lessonsRecordedAt,
                          Headline headline, List<Inject> injects, List<ObligationResult> obligations,
                          List<Action> actions, Map<String, String> scenarioTitle, Instant deletedAt) {

    /** This report as kept after its drill's deletion at this instant. */
    DrillReport deleted(Instant at) {
        return new DrillReport(drillId, title, scenarioId, scale, startedAt, endedAt, archivedAt, lessons,
                lessonsRecordedAt, headline, injects, obligations, actions, scenarioTitle, at);
    }

    /** The scenario as a reader of this language names it: its title, else its English title, else its id. */
    public String scenarioIn(String language) {
        return scenarioName(scenarioTitle, scenarioId, language);
    }

    static String scenarioName(Map<String, String> titles, String scenarioId, String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", scenarioId));
    }

    /**
     * The figures a hospital compares drill by drill.
     *
     * @param earlyWarning from awareness to the NIS2 early warning, null when none was approved or submitted
     * @param notification from awareness to the incident notification (NIS2) or the GDPR notification, the first
     */
    public record Headline(int met, int late, int missed, int pending, Milestone earlyWarning,
                           Milestone notification) {
    }

    /**
     * When a report was submitted (or, not submitted yet, approved), counted from its incident's awareness.
     *
     * @param submitted false when the report was only approved
     */
    public record Milestone(String ruleId, Instant at, boolean submitted, Duration realTime, Duration scenarioTime) {
    }

    /**
     * One inject of the script.
     *
     * @param number     from 1, in the script's order
     * @param releasedAt the drill's start + offset / scale
     * @param released   whether it was shown to the participants yet
     * @param text       by ISO 639-1 language code
     */
    public record Inject(int number, Duration offset, Instant releasedAt, boolean released, Map<String, String> text,
                         List<ExpectationResult> expectations) {

        /** The text in this language, else in English, else any. */
        public String textIn(String language) {
            var text = this.text.getOrDefault(language, this.text.get("en"));
            return text != null ? text : this.text.values().stream().findFirst().orElse("");
        }
    }

    /**
     * One expectation of an inject and what happened.
     *
     * @param dueAt      the inject's release + within / scale, or its obligation's due instant; null when the drill's
     *                   incidents have no obligation of its rule
     * @param doneAt     the first event of its type (and rule) on any of the drill's incidents; null when none
     * @param otherRole  done by someone of another role than the one expected
     * @param lateBy     done this long after its due instant, in real time; null unless late
     */
    public record ExpectationResult(String who, String action, String event, String obligationRuleId, Instant dueAt,
                                    Instant doneAt, String doneBy, String doneByRole, ExpectationStatus status,
                                    boolean otherRole, Duration lateBy, Duration lateByScenario) {
    }

    /**
     * One obligation of the drill's incidents against its due instant.
     *
     * @param status the obligation's status: open, late, submitted, not-required, withdrawn
     * @param lateBy how long after its due instant it was submitted, or has been open (until the drill's end); null
     *               when it was on time, not required or has no due instant
     */
    public record ObligationResult(UUID obligationId, UUID incidentId, String ruleId, Instant dueAt,
                                   Instant approvedAt, Instant submittedAt, Instant notRequiredAt, String status,
                                   Duration lateBy, Duration lateByScenario) {
    }
}
