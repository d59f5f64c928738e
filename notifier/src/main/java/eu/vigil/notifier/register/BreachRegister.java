package eu.vigil.notifier.register;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.incident.SeenIncidents;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the register from what the notifier keeps: the seen incidents' folded states, their timeline entries and
 * the obligations. A breach is an incident whose personal data is involved or not yet known (the GDPR clock runs);
 * one later assessed without personal data is no breach and leaves the register.
 */
@Component
public class BreachRegister {

    static final String NOTIFICATION_RULE = "GDPR_SA_NOTIFICATION";
    static final String COMMUNICATION_RULE = "GDPR_DATA_SUBJECT_COMMUNICATION";

    private final JdbcClient jdbc;
    private final SeenIncidents incidents;
    private final ObligationView obligations;
    private final HospitalProfiles profiles;

    BreachRegister(JdbcClient jdbc, SeenIncidents incidents, ObligationView obligations, HospitalProfiles profiles) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.obligations = obligations;
        this.profiles = profiles;
    }

    /** The hospital's breaches that pass the filter, the most recent awareness first. */
    public List<BreachEntry> of(HospitalId hospital, RegisterFilter filter) {
        ZoneId zone = profiles.of(hospital).timeZone();
        Map<UUID, ObligationRow> notices = obligations.ofHospital(hospital).stream()
                .collect(Collectors.toMap(ObligationRow::obligationId, Function.identity()));
        return breachStates(hospital).stream()
                .map(state -> entry(state, zone, notices))
                .filter(filter::accepts)
                .sorted(Comparator.comparing(BreachEntry::breachAwareAt).reversed()
                        .thenComparing(entry -> entry.incidentId().value()))
                .toList();
    }

    private List<IncidentState> breachStates(HospitalId hospital) {
        return jdbc.sql("""
                        select state from notification.seen_incident
                         where hospital_id = :hospital and personal_data_aware_at is not null and state is not null""")
                .param("hospital", hospital.value())
                .query((row, n) -> IncidentFold.read(row.getString("state")))
                .stream().filter(state -> state.exercise() == null) // a drill's breach is no breach (ADR 0022)
                .toList();
    }

    private BreachEntry entry(IncidentState state, ZoneId zone, Map<UUID, ObligationRow> notices) {
        var personalData = Optional.ofNullable(state.personalData());
        var impact = Optional.ofNullable(state.impact());
        var authority = notice(notices, state, NOTIFICATION_RULE);
        var actions = incidents.currentEntriesOf(state.incidentId()).stream()
                .filter(entry -> entry.kind() == TimelineEntryKind.ACTION)
                .map(entry -> new BreachEntry.RemedialAction(entry.happenedAt(), entry.text()))
                .toList();
        return new BreachEntry(state.incidentId(), state.report().summary(), state.category(),
                state.personalDataAwareAt(), zone,
                personalData.map(PersonalDataAssessed::categories).orElse(List.of()),
                personalData.map(PersonalDataAssessed::approximateDataSubjects).orElse(null),
                state.patientCareImpact(), impact.map(ImpactAssessed::affectedServices).orElse(List.of()), actions,
                authority == null ? RegisterStatus.PENDING : RegisterStatus.of(authority.status()), authority,
                notice(notices, state, COMMUNICATION_RULE));
    }

    private static BreachEntry.Notice notice(Map<UUID, ObligationRow> notices, IncidentState state, String rule) {
        var row = notices.get(ObligationIds.of(state.incidentId(), rule));
        return row == null ? null : new BreachEntry.Notice(row.obligationId(), row.status(), row.dueAt(),
                row.submittedAt(), row.reference(), row.reason());
    }
}
