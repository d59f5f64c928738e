package eu.vigil.notifier.incident;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.notifier.obligation.IncidentCategories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The categories from the folded state of {@code notification.seen_incident}, which SeenIncidentRecorder writes. */
@Repository
class SeenIncidentCategories implements IncidentCategories {

    private final JdbcClient jdbc;

    SeenIncidentCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<IncidentId, RsitCategory> of(Collection<IncidentId> incidents) {
        if (incidents.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select state from notification.seen_incident
                         where incident_id in (:ids) and state is not null""")
                .param("ids", incidents.stream().map(IncidentId::value).distinct().toList())
                .query((row, n) -> IncidentFold.read(row.getString("state"))).list().stream()
                .collect(Collectors.toMap(IncidentState::incidentId, IncidentState::category));
    }
}
