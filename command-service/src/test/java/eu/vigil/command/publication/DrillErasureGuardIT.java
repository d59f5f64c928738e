package eu.vigil.command.publication;

import eu.vigil.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static eu.vigil.command.publication.DrillScene.REAL_SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one way out of the append-only event store (ADR 0023): {@code incident.delete_drill} erases a deleted drill
 * only, never a real incident, a running or ended drill; the trigger still refuses any other delete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillErasureGuardIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @Test
    void givenARealIncident_whenTheDatabaseIsAskedToEraseItAsADrill_thenItRefusesAndTheIncidentStaysWhole() {
        String real = new DrillScene(http).report(REAL_SUMMARY, null);
        long events = eventsOf(real);

        assertThatThrownBy(() -> erase(real)).hasMessageContaining("No deleted drill");

        assertThat(eventsOf(real)).isEqualTo(events).isPositive();
    }

    @Test
    void givenADrillThatWasEndedButNotDeleted_whenTheDatabaseIsAskedToEraseIt_thenItRefuses() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        scene.end(drill);

        assertThatThrownBy(() -> erase(drill.toString())).hasMessageContaining("No deleted drill");

        assertThat(eventsOf(drill.toString())).isEqualTo(2);
    }

    @Test
    void givenARealIncident_whenItsEventsAreDeletedOrChangedDirectly_thenTheTriggerStillRefuses() {
        String real = new DrillScene(http).report(REAL_SUMMARY, null);

        assertThatThrownBy(() -> jdbc.sql("delete from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", real).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update incident.domain_event_entry set type = 'Drill'"
                + " where aggregate_identifier = :id").param("id", real).update())
                .hasMessageContaining("append-only");
    }

    private void erase(String id) {
        jdbc.sql("select incident.delete_drill(cast(:id as uuid))").param("id", id).query(String.class).list();
    }

    private long eventsOf(String aggregate) {
        return jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", aggregate).query(Long.class).single();
    }
}
