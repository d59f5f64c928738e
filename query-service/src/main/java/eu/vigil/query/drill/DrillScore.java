package eu.vigil.query.drill;

import eu.vigil.contracts.drill.ScriptedExpectation;
import eu.vigil.contracts.drill.ScriptedInject;
import eu.vigil.query.drill.DrillFacts.Action;
import eu.vigil.query.drill.DrillFacts.Obligation;
import eu.vigil.query.drill.DrillReport.ExpectationResult;
import eu.vigil.query.drill.DrillReport.Headline;
import eu.vigil.query.drill.DrillReport.Inject;
import eu.vigil.query.drill.DrillReport.Milestone;
import eu.vigil.query.drill.DrillReport.ObligationResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores a drill (ADR 0022) from its facts at an instant: each expectation of its script met, late, missed or
 * pending, each obligation's due instant against its draft's approval and its submission, who acted when, and the
 * headline figures. Pure: the same facts at the same instant give the same report.
 */
public final class DrillScore {

    static final String EARLY_WARNING = "NIS2_EARLY_WARNING";
    static final Set<String> NOTIFICATIONS = Set.of("NIS2_INCIDENT_NOTIFICATION", "GDPR_SA_NOTIFICATION");
    private static final Comparator<Action> CHRONOLOGICAL = Comparator.comparing(Action::occurredAt);

    private final DrillFacts facts;
    private final Drill drill;
    private final Instant now;
    private final List<Action> actions;

    private DrillScore(DrillFacts facts, Instant now) {
        this.facts = facts;
        this.drill = facts.drill();
        this.now = now;
        this.actions = facts.actions().stream().sorted(CHRONOLOGICAL).toList();
    }

    public static DrillReport score(DrillFacts facts, Instant now) {
        return new DrillScore(facts, now).report();
    }

    private DrillReport report() {
        var injects = new ArrayList<Inject>();
        for (int i = 0; i < drill.script().size(); i++) {
            injects.add(inject(i + 1, drill.script().get(i)));
        }
        var obligations = facts.obligations().stream()
                .sorted(Comparator.comparing(Obligation::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Obligation::ruleId))
                .map(this::obligation).toList();
        var statuses = injects.stream().flatMap(inject -> inject.expectations().stream())
                .collect(Collectors.groupingBy(ExpectationResult::status, Collectors.counting()));
        var headline = new Headline(count(statuses, ExpectationStatus.MET), count(statuses, ExpectationStatus.LATE),
                count(statuses, ExpectationStatus.MISSED), count(statuses, ExpectationStatus.PENDING),
                milestone(obligations, Set.of(EARLY_WARNING)), milestone(obligations, NOTIFICATIONS));
        return new DrillReport(drill.drillId(), drill.title(), drill.scenarioId(), drill.scale(), drill.startedAt(),
                drill.endedAt(), drill.archivedAt(), drill.lessons(), drill.lessonsRecordedAt(), headline, injects,
                obligations, actions.stream().filter(Action::byPerson).toList(), drill.scenarioTitle(), null);
    }

    // an ended drill released nothing after its end, however late its report is read
    private Inject inject(int number, ScriptedInject scripted) {
        Instant released = drill.startedAt().plus(scripted.offset().dividedBy(drill.scale()));
        Instant clockStopped = drill.ended() && drill.endedAt().isBefore(now) ? drill.endedAt() : now;
        boolean shown = !released.isAfter(clockStopped);
        return new Inject(number, scripted.offset(), released, shown, scripted.text(),
                scripted.expectations().stream().map(expected -> expectation(released, shown, expected)).toList());
    }

    private ExpectationResult expectation(Instant released, boolean shown, ScriptedExpectation expected) {
        Instant due = expected.byTheLaw() ? legalDueInstant(expected.obligationRuleId())
                : released.plus(expected.within().dividedBy(drill.scale()));
        var done = actions.stream().filter(action -> action.is(expected.event(), expected.obligationRuleId()))
                .findFirst();
        if (done.isEmpty()) {
            boolean overdue = due != null && !now.isBefore(due);
            var status = !shown && drill.ended() ? ExpectationStatus.NOT_REACHED
                    : overdue || drill.ended() ? ExpectationStatus.MISSED : ExpectationStatus.PENDING;
            return new ExpectationResult(expected.who(), expected.action(), expected.event(),
                    expected.obligationRuleId(), due, null, null, null, status, false, null, null);
        }
        var action = done.get();
        boolean late = due != null && action.occurredAt().isAfter(due);
        Duration lateBy = late ? Duration.between(due, action.occurredAt()) : null;
        return new ExpectationResult(expected.who(), expected.action(), expected.event(), expected.obligationRuleId(),
                due, action.occurredAt(), action.actorId(), action.actorRole(),
                late ? ExpectationStatus.LATE : ExpectationStatus.MET, !expected.who().equals(action.actorRole()),
                lateBy, scenario(lateBy));
    }

    // the earliest due instant of the drill's obligations of this rule
    private Instant legalDueInstant(String ruleId) {
        return facts.obligations().stream().filter(obligation -> ruleId.equals(obligation.ruleId()))
                .map(Obligation::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private ObligationResult obligation(Obligation obligation) {
        Instant approved = first(obligation.obligationId(), "DraftApproved");
        Instant submitted = first(obligation.obligationId(), "ObligationSubmitted");
        Instant notRequired = first(obligation.obligationId(), "ObligationDeclaredNotRequired");
        Duration lateBy = null;
        if (obligation.dueAt() != null && notRequired == null) {
            Instant until = submitted != null ? submitted : drill.ended() ? drill.endedAt() : now;
            lateBy = until.isAfter(obligation.dueAt()) ? Duration.between(obligation.dueAt(), until) : null;
        }
        return new ObligationResult(obligation.obligationId(), obligation.incidentId(), obligation.ruleId(),
                obligation.dueAt(), approved, submitted, notRequired, obligation.status(), lateBy, scenario(lateBy));
    }

    private Instant first(UUID obligationId, String type) {
        return actions.stream().filter(action -> obligationId.equals(action.obligationId()))
                .filter(action -> action.type().equals(type)).map(Action::occurredAt).findFirst().orElse(null);
    }

    // the first report of these rules submitted, or approved when none was submitted, from its incident's awareness
    private Milestone milestone(List<ObligationResult> obligations, Set<String> rules) {
        Map<UUID, Instant> awareness = facts.incidents().stream()
                .collect(Collectors.toMap(DrillFacts.Incident::incidentId, DrillFacts.Incident::awareAt));
        Function<ObligationResult, Instant> reached = result -> result.submittedAt() != null ? result.submittedAt()
                : result.approvedAt();
        Optional<ObligationResult> first = obligations.stream().filter(result -> rules.contains(result.ruleId()))
                .filter(result -> reached.apply(result) != null && awareness.containsKey(result.incidentId()))
                .min(Comparator.comparing(reached));
        return first.map(result -> {
            Duration real = Duration.between(awareness.get(result.incidentId()), reached.apply(result));
            return new Milestone(result.ruleId(), reached.apply(result), result.submittedAt() != null, real,
                    scenario(real));
        }).orElse(null);
    }

    private Duration scenario(Duration real) {
        return real == null ? null : real.multipliedBy(drill.scale());
    }

    private static int count(Map<ExpectationStatus, Long> statuses, ExpectationStatus status) {
        return statuses.getOrDefault(status, 0L).intValue();
    }
}
