package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a DPO does with an obligation, for the API and the forms alike: only obligations of the DPO's own hospital
 * are found, and every refusal is an {@link ObligationRuleException} that changes nothing.
 */
@Service
public class Obligations {

    private final ObligationView view;
    private final CommandGateway commands;

    Obligations(ObligationView view, CommandGateway commands) {
        this.view = view;
        this.commands = commands;
    }

    /** The obligation if it belongs to this hospital: another hospital's is as unknown as a missing one. */
    public Optional<ObligationRow> find(UUID obligationId, HospitalId hospital) {
        return view.find(obligationId).filter(obligation -> obligation.hospitalId().equals(hospital));
    }

    public void submit(ObligationRow obligation, Actor dpo, Instant submittedAt, String reference,
                       String reasonForDelay) {
        send(obligation, dpo, new SubmitObligation(obligation.obligationId(), submittedAt, reference, reasonForDelay));
    }

    public void declareNotRequired(ObligationRow obligation, Actor dpo, String reason) {
        send(obligation, dpo, new DeclareNotRequired(obligation.obligationId(), reason));
    }

    private void send(ObligationRow obligation, Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ObligationMetaData.of(actor, obligation.hospitalId())));
    }
}
