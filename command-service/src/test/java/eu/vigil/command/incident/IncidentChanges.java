package eu.vigil.command.incident;

import eu.vigil.command.drill.Drills;
import eu.vigil.command.drill.UnknownDrillException;
import eu.vigil.command.hospital.HospitalCountries;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The incident the change tests start from, and the commands and events they build around it. */
final class IncidentChanges {

    static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    static final HospitalId UTRECHT = HospitalId.of("h-utrecht");
    // Detected 40 minutes before EU clocks went forward on 2026-03-29 at 01:00 UTC.
    static final Instant DETECTED = Instant.parse("2026-03-29T00:20:00Z");
    static final Instant AWARE = DETECTED.plus(Duration.ofMinutes(25));
    static final Instant NOW = AWARE.plus(Duration.ofHours(5));
    static final UUID ENTRY = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID CORRECTION = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID C2_IP = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID RED_HASH = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final String SHA256 = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    private IncidentChanges() {
    }

    /** A fixture for an installation that serves Brugge only. */
    static AggregateTestFixture<Incident> fixtureServingBrugge() {
        var fixture = new AggregateTestFixture<>(Incident.class);
        Hospitals servedHospitals = BRUGGE::equals;
        fixture.registerInjectableResource(servedHospitals);
        HospitalCountries countries = hospital -> Optional.of("BE").filter(country -> BRUGGE.equals(hospital));
        fixture.registerInjectableResource(countries);
        Drills noDrills = (drill, hospital) -> {
            throw new UnknownDrillException(drill);
        };
        fixture.registerInjectableResource(noDrills);
        return fixture;
    }

    static IncidentReported reported() {
        return new IncidentReported(INCIDENT, BRUGGE, "PACS encrypted", DETECTED, AWARE,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null);
    }

    static IncidentReported reportedWithoutDetection() {
        return new IncidentReported(INCIDENT, BRUGGE, "PACS encrypted", null, AWARE,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null);
    }

    static PhaseChanged closed() {
        return new PhaseChanged(INCIDENT, Phase.DETECTION, Phase.CLOSED, "Lessons learned");
    }

    static AppendTimelineEntry entry(UUID id, Instant happenedAt, UUID supersedes, String reason) {
        return new AppendTimelineEntry(INCIDENT, BRUGGE, id, TimelineEntryKind.ACTION, " Isolated PACS ", happenedAt,
                NOW, supersedes, reason);
    }

    static TimelineEntryAppended appended(UUID id, UUID supersedes) {
        return new TimelineEntryAppended(INCIDENT, id, TimelineEntryKind.ACTION, "Isolated PACS",
                DETECTED.plusSeconds(60), NOW, supersedes, supersedes == null ? null : "Wrong time");
    }

    static AddIndicator indicator(UUID id, IndicatorType type, String value, Tlp tlp) {
        return new AddIndicator(INCIDENT, BRUGGE, id, type, value, tlp, null, null, null);
    }

    static IndicatorAdded ipAdded(UUID id, Tlp tlp) {
        return new IndicatorAdded(INCIDENT, id, IndicatorType.IPV4, "203.0.113.45", tlp, null, null, null);
    }

    static IndicatorAdded hashAdded(UUID id, Tlp tlp) {
        return new IndicatorAdded(INCIDENT, id, IndicatorType.SHA256, SHA256.toLowerCase(), tlp, null, null, null);
    }

    static IncidentShared shared(int revision) {
        return new IncidentShared(INCIDENT, revision, Tlp.GREEN, false, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                null, "Shared", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN);
    }
}
