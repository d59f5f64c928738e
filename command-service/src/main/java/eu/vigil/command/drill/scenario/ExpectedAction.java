package eu.vigil.command.drill.scenario;

import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.DraftSaved;
import eu.vigil.contracts.notification.ObligationDeclaredNotRequired;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.security.VigilRole;

import java.util.Optional;
import java.util.Set;

import static eu.vigil.security.VigilRole.DPO;
import static eu.vigil.security.VigilRole.SECURITY_OFFICER;

/**
 * What a drill can see someone do: each action is one event of the incident or of one of its obligations, recorded by
 * a role that may record it (command-service's and the notifier's security rules). An action on an obligation names
 * the notifier's rule id, whose due instant {@link ExpectedBy#LAW} stands for.
 */
public enum ExpectedAction {
    RECORD_AWARENESS(IncidentReported.class, null, SECURITY_OFFICER),
    CLASSIFY(IncidentClassified.class, null, SECURITY_OFFICER),
    ASSESS_IMPACT(ImpactAssessed.class, null, SECURITY_OFFICER),
    APPEND_TIMELINE_ENTRY(TimelineEntryAppended.class, null, SECURITY_OFFICER),
    ADD_INDICATOR(IndicatorAdded.class, null, SECURITY_OFFICER),
    SHARE_WITH_CERT(IncidentShared.class, null, SECURITY_OFFICER),
    ASSESS_SIGNIFICANCE(SignificanceAssessed.class, null, SECURITY_OFFICER, DPO),
    ASSESS_PERSONAL_DATA(PersonalDataAssessed.class, null, SECURITY_OFFICER, DPO),
    OPEN_EARLY_WARNING_DRAFT(DraftSaved.class, "NIS2_EARLY_WARNING", DPO),
    APPROVE_EARLY_WARNING(DraftApproved.class, "NIS2_EARLY_WARNING", DPO),
    SUBMIT_EARLY_WARNING(ObligationSubmitted.class, "NIS2_EARLY_WARNING", DPO),
    OPEN_INCIDENT_NOTIFICATION_DRAFT(DraftSaved.class, "NIS2_INCIDENT_NOTIFICATION", DPO),
    APPROVE_INCIDENT_NOTIFICATION(DraftApproved.class, "NIS2_INCIDENT_NOTIFICATION", DPO),
    SUBMIT_INCIDENT_NOTIFICATION(ObligationSubmitted.class, "NIS2_INCIDENT_NOTIFICATION", DPO),
    OPEN_GDPR_NOTIFICATION_DRAFT(DraftSaved.class, "GDPR_SA_NOTIFICATION", DPO),
    APPROVE_GDPR_NOTIFICATION(DraftApproved.class, "GDPR_SA_NOTIFICATION", DPO),
    SUBMIT_GDPR_NOTIFICATION(ObligationSubmitted.class, "GDPR_SA_NOTIFICATION", DPO),
    /** GDPR Art. 33(1): a documented decision that the breach is unlikely to result in a risk. */
    RECORD_DECISION_NOT_TO_NOTIFY(ObligationDeclaredNotRequired.class, "GDPR_SA_NOTIFICATION", DPO);

    private final Class<?> event;
    private final String obligationRuleId;
    private final Set<VigilRole> roles;

    ExpectedAction(Class<?> event, String obligationRuleId, VigilRole... roles) {
        this.event = event;
        this.obligationRuleId = obligationRuleId;
        this.roles = Set.of(roles);
    }

    /** The contracts event that shows the action was done. */
    public Class<?> event() {
        return event;
    }

    /** The notifier rule of the obligation acted on; empty for an action on the incident itself. */
    public Optional<String> obligationRuleId() {
        return Optional.ofNullable(obligationRuleId);
    }

    /** The roles that may record it. */
    public Set<VigilRole> roles() {
        return roles;
    }
}
