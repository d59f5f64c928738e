package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * NIS2 Art. 23(4)(d): when the incident notification is submitted, the final report's month starts (in Portugal,
 * when the end-of-impact communication is). Runs in the submitting transaction (a subscribing processor), so the
 * final report exists as soon as the submission does.
 */
@Component
@ProcessingGroup(FinalReportOpener.PROCESSING_GROUP)
class FinalReportOpener {

    static final String PROCESSING_GROUP = "obligation-follow-ups";

    private final ObligationView view;
    private final Duties duties;

    FinalReportOpener(ObligationView view, Duties duties) {
        this.view = view;
        this.duties = duties;
    }

    @EventHandler
    void on(ObligationSubmitted event) {
        view.find(event.obligationId()).ifPresent(submitted -> {
            if (submitted.ruleId().equals(Duties.NOTIFICATION)) {
                duties.notificationSubmitted(submitted, event.submittedAt());
            } else if (submitted.ruleId().equals(Duties.END_OF_IMPACT_COMMUNICATION)) {
                duties.endOfImpactCommunicated(submitted, event.submittedAt());
            }
        });
    }
}
