package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a DPO does with an obligation, for the API and the forms alike: only obligations of the DPO's own hospital
 * are found, and every refusal is an {@link ObligationRuleException} that changes nothing.
 */
@Service
public class Obligations {

    private final ObligationView view;
    private final CommandGateway commands;
    private final IncidentClocks incidents;
    private final Duties duties;

    Obligations(ObligationView view, CommandGateway commands, IncidentClocks incidents, Duties duties) {
        this.view = view;
        this.commands = commands;
        this.incidents = incidents;
        this.duties = duties;
    }

    /** NIS2 Art. 23(4)(c): the authority asked for an intermediate report by {@code dueAt}. */
    public ObligationRow requestIntermediateReport(IncidentId incident, HospitalId hospital, Actor dpo,
                                                   Instant requestedAt, Instant dueAt, String request) {
        if (!dueAt.isAfter(requestedAt)) {
            throw ObligationRuleException.dueBeforeRequest(dueAt);
        }
        UUID id = duties.intermediateReportRequested(clock(incident, hospital), dpo, requestedAt, dueAt, request);
        return view.find(id).orElseThrow();
    }

    /** GDPR Art. 34(1): a high risk to the data subjects, with the DPO's reasons. */
    public List<ObligationRow> decideHighRisk(IncidentId incident, HospitalId hospital, Actor dpo, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw ObligationRuleException.reasonsMissing();
        }
        return duties.highRiskDecided(clock(incident, hospital), dpo, reasons.strip()).stream()
                .map(id -> view.find(id).orElseThrow()).toList();
    }

    private IncidentClock clock(IncidentId incident, HospitalId hospital) {
        return incidents.of(incident).filter(clock -> clock.hospitalId().equals(hospital))
                .orElseThrow(() -> new UnknownIncidentException(incident));
    }

    /**
     * The obligation if it belongs to this hospital.
     *
     * @throws ObligationNotFoundException also for another hospital's, which is as unknown as a missing one
     */
    public ObligationRow of(UUID obligationId, HospitalId hospital) {
        return view.find(obligationId).filter(obligation -> obligation.hospitalId().equals(hospital))
                .orElseThrow(() -> new ObligationNotFoundException(obligationId));
    }

    public void submit(ObligationRow obligation, Actor dpo, Instant submittedAt, String reference,
                       String reasonForDelay) {
        send(obligation, dpo, new SubmitObligation(obligation.obligationId(), submittedAt, reference, reasonForDelay));
    }

    /** A submission that names the approved version of the draft that was sent, how, and the receipt if any. */
    public void submit(ObligationRow obligation, Actor dpo, SubmitObligation submission) {
        send(obligation, dpo, submission);
    }

    /** A new version of the draft; refused when {@code basedOn} is no longer the latest version. */
    public void saveDraft(ObligationRow obligation, Actor dpo, int basedOn, DraftContent content,
                          List<String> fromIncident) {
        send(obligation, dpo, new SaveDraft(obligation.obligationId(), basedOn, content, fromIncident));
    }

    public void approveDraft(ObligationRow obligation, Actor dpo, int version, String contentDigest,
                             int approvalsRequired, java.util.Set<String> requiredFields) {
        send(obligation, dpo, new ApproveDraft(obligation.obligationId(), version, contentDigest, dpo.userId(),
                approvalsRequired, requiredFields));
    }

    /** Called by {@link Receipts}, which stores the file in the same transaction. */
    void attachReceipt(ObligationRow obligation, Actor dpo, AttachReceipt command) {
        send(obligation, dpo, command);
    }

    public void declareNotRequired(ObligationRow obligation, Actor dpo, String reason) {
        send(obligation, dpo, new DeclareNotRequired(obligation.obligationId(), reason));
    }

    private void send(ObligationRow obligation, Actor actor, Object command) {
        var metaData = ObligationMetaData.of(actor, obligation.hospitalId());
        if (obligation.isExercise()) {
            metaData = metaData.and(ObligationMetaData.DRILL_ID, obligation.exercise().drillId().toString());
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
