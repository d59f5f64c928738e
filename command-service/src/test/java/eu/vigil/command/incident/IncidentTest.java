package eu.vigil.command.incident;

import eu.vigil.command.drill.Drills;
import eu.vigil.command.drill.UnknownDrillException;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentReported;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class IncidentTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    // 15 minutes before EU clocks go forward (2026-03-29 01:00 UTC): DST must not shift the legal clock.
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");
    private static final Instant DETECTED = AWARE.minus(Duration.ofMinutes(40));
    private static final Instant REPORTED = AWARE.plus(Duration.ofHours(2));

    private final AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);

    @BeforeEach
    void servesBrugge() {
        Hospitals servedHospitals = BRUGGE::equals;
        fixture.registerInjectableResource(servedHospitals);
        Drills noDrills = (drill, hospital) -> {
            throw new UnknownDrillException(drill);
        };
        fixture.registerInjectableResource(noDrills);
    }

    @Test
    void reportingRecordsWhenTheHospitalBecameAware() {
        fixture.givenNoPriorActivity()
               .when(report(BRUGGE, DETECTED, AWARE, YesNoUnknown.YES))
               .expectEvents(reported(DETECTED, YesNoUnknown.YES));
    }

    @Test
    void aFirstReportNeedsNoDetectionTimeAndLeavesPersonalDataUnknown() {
        fixture.givenNoPriorActivity()
               .when(report(BRUGGE, null, AWARE, null))
               .expectEvents(reported(null, YesNoUnknown.UNKNOWN));
    }

    @Test
    void awarenessAfterTheReportItselfIsRejected() {
        fixture.givenNoPriorActivity()
               .when(report(BRUGGE, DETECTED, REPORTED.plusSeconds(60), YesNoUnknown.NO))
               .expectNoEvents()
               .expectException(AwarenessInFutureException.class);
    }

    @Test
    void awarenessBeforeDetectionIsRejected() {
        fixture.givenNoPriorActivity()
               .when(report(BRUGGE, AWARE.plusSeconds(1), AWARE, YesNoUnknown.NO))
               .expectNoEvents()
               .expectException(AwarenessBeforeDetectionException.class);
    }

    @Test
    void aHospitalThisInstallationDoesNotServeIsRejected() {
        fixture.givenNoPriorActivity()
               .when(report(HospitalId.of("h-elsewhere"), DETECTED, AWARE, YesNoUnknown.NO))
               .expectNoEvents()
               .expectException(UnknownHospitalException.class);
    }

    private static ReportIncident report(HospitalId hospital, Instant detectedAt, Instant awareAt,
                                         YesNoUnknown personalData) {
        return new ReportIncident(INCIDENT, hospital, "  PACS encrypted, imaging down ", null, detectedAt, awareAt,
                RsitCategory.INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_MODIFICATION, personalData,
                IncidentDetails.NONE, REPORTED);
    }

    private static IncidentReported reported(Instant detectedAt, YesNoUnknown personalData) {
        return new IncidentReported(INCIDENT, BRUGGE, "PACS encrypted, imaging down", detectedAt, AWARE,
                RsitCategory.INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_MODIFICATION, personalData, null);
    }
}
