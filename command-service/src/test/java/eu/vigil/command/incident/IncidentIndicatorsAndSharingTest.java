package eu.vigil.command.incident;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.IncidentChanges.BRUGGE;
import static eu.vigil.command.incident.IncidentChanges.C2_IP;
import static eu.vigil.command.incident.IncidentChanges.INCIDENT;
import static eu.vigil.command.incident.IncidentChanges.RED_HASH;
import static eu.vigil.command.incident.IncidentChanges.closed;
import static eu.vigil.command.incident.IncidentChanges.fixtureServingBrugge;
import static eu.vigil.command.incident.IncidentChanges.hashAdded;
import static eu.vigil.command.incident.IncidentChanges.indicator;
import static eu.vigil.command.incident.IncidentChanges.ipAdded;
import static eu.vigil.command.incident.IncidentChanges.reported;
import static eu.vigil.command.incident.IncidentChanges.shared;

/** Indicators of an incident and what its hospital shares of it with the CERT, under TLP. */
class IncidentIndicatorsAndSharingTest {

    private final AggregateTestFixture<Incident> fixture = fixtureServingBrugge();

    @Test
    void anIndicatorIsStoredInItsNormalForm() {
        fixture.given(reported())
               .when(indicator(C2_IP, IndicatorType.IPV6, " 2001:DB8:0:0:0:0:0:45 ", Tlp.AMBER))
               .expectEvents(new IndicatorAdded(INCIDENT, C2_IP, IndicatorType.IPV6, "2001:db8::45", Tlp.AMBER,
                       null, null, null));
    }

    @Test
    void anIndicatorWhoseValueDoesNotParseAsItsTypeIsRejected() {
        fixture.given(reported())
               .when(indicator(C2_IP, IndicatorType.IPV4, "203.0.113.256", Tlp.AMBER))
               .expectNoEvents()
               .expectException(InvalidIndicatorException.class);
    }

    @Test
    void theSameIndicatorTwiceIsRejected() {
        fixture.given(reported(), ipAdded(C2_IP, Tlp.AMBER))
               .when(indicator(UUID.randomUUID(), IndicatorType.IPV4, "203.0.113.45", Tlp.GREEN))
               .expectNoEvents()
               .expectException(DuplicateIndicatorException.class);
    }

    @Test
    void anIndicatorIsWithdrawnWithAReason() {
        fixture.given(reported(), ipAdded(C2_IP, Tlp.AMBER))
               .when(new WithdrawIndicator(INCIDENT, BRUGGE, C2_IP, "Our own VPN gateway"))
               .expectEvents(new IndicatorWithdrawn(INCIDENT, C2_IP, "Our own VPN gateway"));
    }

    @Test
    void aShareCarriesTheIncidentsFactsAndOnlyTheTickedIndicators() {
        var classified = new IncidentClassified(INCIDENT, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, List.of(),
                "ransomware", Severity.CRITICAL, YesNoUnknown.YES, null);
        var impact = new ImpactAssessed(INCIDENT, List.of(ClinicalService.IMAGING), PatientCareImpact.DIVERTED_PATIENTS,
                List.of(new MedicalDevice("CT scanner", "Acme", "X1", 2, true)), YesNoUnknown.NO, List.of(), null);
        fixture.given(reported(), classified, impact, ipAdded(C2_IP, Tlp.AMBER), hashAdded(RED_HASH, Tlp.GREEN))
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.AMBER, true, false, "Ransomware on imaging",
                       List.of(C2_IP)))
               .expectEvents(new IncidentShared(INCIDENT, 1, Tlp.AMBER, true,
                       RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.CRITICAL, "Ransomware on imaging",
                       Phase.DETECTION, PatientCareImpact.DIVERTED_PATIENTS, List.of("CT scanner"),
                       List.of(new SharedIndicator(IndicatorType.IPV4, "203.0.113.45", Tlp.AMBER)),
                       YesNoUnknown.NO, "BE", false));
    }

    @Test
    void givenTheHospitalOptsInWhenItSharesThenTheShareIsInTheSectorViewWithTheDirectorysCountry() {
        fixture.given(reported())
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.AMBER, false, true, "Phishing kit", List.of()))
               .expectEvents(new IncidentShared(INCIDENT, 1, Tlp.AMBER, false,
                       RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null, "Phishing kit", Phase.DETECTION, null,
                       List.of(), List.of(), YesNoUnknown.UNKNOWN, "BE", true));
    }

    @Test
    void aClosedIncidentsTlpRedIndicatorIsNeverShared() {
        fixture.given(reported(), hashAdded(RED_HASH, Tlp.RED), closed())
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.GREEN, false, false, "Lessons", List.of(RED_HASH)))
               .expectNoEvents()
               .expectException(RedNotShareableException.class);
    }

    @Test
    void aShareAtTlpRedIsRejected() {
        fixture.given(reported())
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.RED, false, true, "Secret", List.of()))
               .expectNoEvents()
               .expectException(RedNotShareableException.class);
    }

    @Test
    void aWithdrawnIndicatorCannotBeShared() {
        fixture.given(reported(), ipAdded(C2_IP, Tlp.GREEN), new IndicatorWithdrawn(INCIDENT, C2_IP, "VPN"))
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.GREEN, false, false, "Phishing", List.of(C2_IP)))
               .expectNoEvents()
               .expectException(UnknownEntryException.class);
    }

    @Test
    void anUpdatedShareIsTheNextRevisionAndAWithdrawalEndsIt() {
        fixture.given(reported(), shared(1))
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.CLEAR, false, false, "Now public", List.of()))
               .expectEvents(new IncidentShared(INCIDENT, 2, Tlp.CLEAR, false,
                       RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null, "Now public", Phase.DETECTION, null,
                       List.of(), List.of(), YesNoUnknown.UNKNOWN, "BE", false));
        fixture.given(reported(), shared(1))
               .when(new WithdrawShare(INCIDENT, BRUGGE, "Shared by mistake"))
               .expectEvents(new IncidentShareWithdrawn(INCIDENT, "Shared by mistake"));
    }

    @Test
    void withdrawingAShareThatDoesNotExistIsRejected() {
        fixture.given(reported())
               .when(new WithdrawShare(INCIDENT, BRUGGE, "Never shared"))
               .expectNoEvents()
               .expectException(NotSharedException.class);
    }
}
