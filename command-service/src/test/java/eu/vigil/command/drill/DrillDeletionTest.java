package eu.vigil.command.drill;

import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deleting a drill (ADR 0023): only an ended one, of the sender's hospital; deleted, it is unknown to every command. */
class DrillDeletionTest {

    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    private static final UUID DRILL = UUID.fromString("5d0c0de0-0000-4000-8000-00000000de1e");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant END = START.plusSeconds(3600);
    private static final Instant DELETION = START.plusSeconds(7200);
    private static final DrillStarted STARTED = new DrillStarted(DRILL, BRUGGE, null, "Tabletop", 60, START,
            List.of(), List.of("tabletop@brugge.example"), Map.of());
    private static final DrillEnded ENDED = new DrillEnded(DRILL, END);

    private final AggregateTestFixture<Drill> fixture = new AggregateTestFixture<>(Drill.class);

    @BeforeEach
    void servesBrugge() {
        Hospitals servedHospitals = BRUGGE::equals;
        fixture.registerInjectableResource(servedHospitals);
        fixture.registerInjectableResource(new ScenarioCatalogue());
    }

    @Test
    void givenAnEndedDrillWhenItsOfficerDeletesItThenDrillDeletedNamesOnlyTheDrillAndTheInstant() {
        fixture.given(STARTED, ENDED)
               .when(new DeleteDrill(DRILL, BRUGGE, DELETION))
               .expectEvents(new DrillDeleted(DRILL, DELETION));
    }

    @Test
    void givenARunningDrillWhenDeletedThenItIsRefusedAsRunningAndNothingIsRecorded() {
        fixture.given(STARTED)
               .when(new DeleteDrill(DRILL, BRUGGE, DELETION))
               .expectNoEvents()
               .expectException(DrillRunningException.class);
    }

    @Test
    void givenAnotherHospitalsEndedDrillWhenItsOfficerDeletesItThenTheDrillIsNotFound() {
        fixture.given(STARTED, ENDED)
               .when(new DeleteDrill(DRILL, HospitalId.of("h-lyon"), DELETION))
               .expectNoEvents()
               .expectException(DrillNotFoundException.class);
    }

    @Test
    void givenADeletedDrillWhenDeletedAgainOrArchivedOrGivenLessonsThenTheDrillIsNotFound() {
        for (Object command : List.of(new DeleteDrill(DRILL, BRUGGE, DELETION.plusSeconds(1)),
                new ArchiveDrill(DRILL, BRUGGE, DELETION.plusSeconds(1)),
                new RecordLessons(DRILL, BRUGGE, "Too late", DELETION.plusSeconds(1)))) {
            fixture.given(STARTED, ENDED, new DrillDeleted(DRILL, DELETION))
                   .when(command)
                   .expectNoEvents()
                   .expectException(DrillNotFoundException.class);
        }
    }

    @Test
    void givenADeletedDrillWhenAnIncidentIsReportedWithinItThenTheDrillIsUnknown() {
        var drill = new Drill();
        drill.on(STARTED);
        drill.on(ENDED);
        drill.on(new DrillDeleted(DRILL, DELETION));

        assertThatThrownBy(() -> drill.exerciseFor(DRILL, BRUGGE)).isInstanceOf(UnknownDrillException.class);
    }
}
