package eu.vigil.notifier.obligation;

import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfileSaved;
import eu.vigil.notifier.rules.ExerciseClock;
import eu.vigil.notifier.rules.RecipientKind;
import eu.vigil.notifier.rules.RuleBook;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A hospital's profile was saved: every running obligation of its incidents is counted again in the profile's zone
 * and names the profile's authority. An obligation opened without a profile ran at the earliest instant any EU zone
 * allows; it now runs at the hospital's own end of day. Hours do not move (they are the same in every zone), nor does
 * a due instant an authority set.
 */
@Component
class ProfileClocks {

    private final RuleBook rules;
    private final ObligationView view;
    private final CommandGateway commands;
    private final IncidentClocks incidents;

    ProfileClocks(RuleBook rules, ObligationView view, CommandGateway commands, IncidentClocks incidents) {
        this.rules = rules;
        this.view = view;
        this.commands = commands;
        this.incidents = incidents;
    }

    @EventListener
    void profileSaved(HospitalProfileSaved saved) {
        var profile = saved.profile();
        for (var obligation : view.runningOfHospital(profile.hospitalId())) {
            // the rule it opened under, whose trigger it runs from; a national variant of the new country does not
            // replace it (its trigger may differ), nor do the terms' jurisdiction and legal basis change
            var rule = rules.rulesFor(obligation.jurisdiction(), obligation.regime()).stream()
                    .map(applicable -> applicable.rule())
                    .filter(candidate -> candidate.id().equals(obligation.ruleId())).findFirst();
            var clock = incidents.of(obligation.incidentId()).map(IncidentClock::clock)
                    .orElse(ExerciseClock.REAL_TIME); // a drill's incident keeps its scale (ADR 0022)
            Instant due = rule.flatMap(r -> clock.due(r.offset(), obligation.triggeredAt(), profile.timeZone()))
                    .orElse(obligation.dueAt());
            var command = new ApplyProfile(obligation.obligationId(), due, profile.timeZone().getId(),
                    authority(profile, obligation.recipientKind()),
                    "Notification profile saved: counted in " + profile.timeZone().getId());
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(ObligationMetaData.of(ObligationMetaData.NOTIFIER, obligation.hospitalId())));
        }
    }

    private static String authority(HospitalProfile profile, String recipientKind) {
        return switch (RecipientKind.fromCode(recipientKind)) {
            case CSIRT -> profile.nis2Authority();
            case DATA_PROTECTION_AUTHORITY -> profile.dataProtectionAuthority();
            default -> null; // data subjects, recipients of the service, the hospital's own register
        };
    }
}
