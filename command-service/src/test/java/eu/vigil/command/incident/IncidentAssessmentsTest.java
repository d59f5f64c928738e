package eu.vigil.command.incident;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static eu.vigil.command.incident.IncidentChanges.AWARE;
import static eu.vigil.command.incident.IncidentChanges.BRUGGE;
import static eu.vigil.command.incident.IncidentChanges.DETECTED;
import static eu.vigil.command.incident.IncidentChanges.INCIDENT;
import static eu.vigil.command.incident.IncidentChanges.NOW;
import static eu.vigil.command.incident.IncidentChanges.UTRECHT;
import static eu.vigil.command.incident.IncidentChanges.fixtureServingBrugge;
import static eu.vigil.command.incident.IncidentChanges.reported;

/**
 * Changes to what is known of an incident after its report: details, awareness, classification, impact, personal
 * data, significance.
 */
class IncidentAssessmentsTest {

    private final AggregateTestFixture<Incident> fixture = fixtureServingBrugge();

    @Test
    void aReportWithDetailsRecordsEachDetailAsItsOwnEvent() {
        var details = new IncidentDetails(
                new Classification(RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                        List.of(RsitCategory.AVAILABILITY_OUTAGE), " ransomware ", Severity.CRITICAL, null),
                null, null, new SignificanceDecision(Significance.YES, "Imaging down for hours"));
        fixture.givenNoPriorActivity()
               .when(new ReportIncident(INCIDENT, BRUGGE, "PACS encrypted", "Ransom note on viewer", DETECTED, AWARE,
                       RsitCategory.FRAUD_PHISHING, YesNoUnknown.UNKNOWN, details, NOW))
               .expectEvents(
                       new IncidentReported(INCIDENT, BRUGGE, "PACS encrypted", DETECTED, AWARE,
                               RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN,
                               "Ransom note on viewer"),
                       new IncidentClassified(INCIDENT, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                               List.of(RsitCategory.AVAILABILITY_OUTAGE), "ransomware", Severity.CRITICAL,
                               YesNoUnknown.UNKNOWN, null),
                       new SignificanceAssessed(INCIDENT, Significance.YES, "Imaging down for hours"))
               .expectResultMessagePayload(2L);
    }

    @Test
    void anotherHospitalsIncidentIsUnknownToTheSender() {
        fixture.given(reported())
               .when(new ChangePhase(INCIDENT, UTRECHT, Phase.ANALYSIS, null))
               .expectNoEvents()
               .expectException(IncidentNotFoundException.class);
    }

    @Test
    void aCorrectedAwarenessIsRecordedWithItsReason() {
        var earlier = AWARE.minus(Duration.ofMinutes(10));
        fixture.given(reported())
               .when(new CorrectAwareness(INCIDENT, BRUGGE, DETECTED, earlier, "Night shift saw it first", NOW))
               .expectEvents(new AwarenessCorrected(INCIDENT, DETECTED, earlier, "Night shift saw it first"))
               .expectResultMessagePayload(1L);
    }

    @Test
    void aCorrectionOfAwarenessWithoutAReasonIsRejected() {
        fixture.given(reported())
               .when(new CorrectAwareness(INCIDENT, BRUGGE, DETECTED, AWARE.minusSeconds(60), " ", NOW))
               .expectNoEvents()
               .expectException(ReasonMissingException.class);
    }

    @Test
    void aCorrectedAwarenessAfterTheCorrectionItselfIsRejected() {
        fixture.given(reported())
               .when(new CorrectAwareness(INCIDENT, BRUGGE, DETECTED, NOW.plusSeconds(1), "typo", NOW))
               .expectNoEvents()
               .expectException(AwarenessInFutureException.class);
    }

    @Test
    void aCorrectedAwarenessBeforeDetectionIsRejected() {
        fixture.given(reported())
               .when(new CorrectAwareness(INCIDENT, BRUGGE, AWARE, DETECTED, "swapped", NOW))
               .expectNoEvents()
               .expectException(AwarenessBeforeDetectionException.class);
    }

    @Test
    void aClassificationIsNormalisedAndTheSameOneSavedAgainRecordsNothing() {
        var classification = new Classification(RsitCategory.FRAUD_PHISHING,
                List.of(RsitCategory.INTRUSIONS_APPLICATION_COMPROMISE, RsitCategory.INTRUSIONS_APPLICATION_COMPROMISE),
                "", Severity.HIGH, YesNoUnknown.YES);
        var classified = new IncidentClassified(INCIDENT, RsitCategory.FRAUD_PHISHING,
                List.of(RsitCategory.INTRUSIONS_APPLICATION_COMPROMISE), null, Severity.HIGH, YesNoUnknown.YES, null);
        fixture.given(reported(), classified)
               .when(new ClassifyIncident(INCIDENT, BRUGGE, classification, "saved twice"))
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void theIncidentsPrimaryCategoryCannotAlsoBeAFurtherOne() {
        var classification = new Classification(RsitCategory.FRAUD_PHISHING, List.of(RsitCategory.FRAUD_PHISHING),
                null, Severity.LOW, null);
        fixture.given(reported())
               .when(new ClassifyIncident(INCIDENT, BRUGGE, classification, null))
               .expectNoEvents()
               .expectException(InvalidDetailException.class);
    }

    @Test
    void anImpactAssessmentListsServicesInOrderAndCountriesInUpperCase() {
        var pumps = new MedicalDevice("Infusion pump", "", null, 14, true);
        var impact = new Impact(List.of(ClinicalService.PHARMACY, ClinicalService.EMERGENCY_DEPARTMENT),
                PatientCareImpact.DEGRADED, List.of(pumps), YesNoUnknown.YES, List.of("nl", "BE"));
        fixture.given(reported())
               .when(new AssessImpact(INCIDENT, BRUGGE, impact, null))
               .expectEvents(new ImpactAssessed(INCIDENT,
                       List.of(ClinicalService.EMERGENCY_DEPARTMENT, ClinicalService.PHARMACY),
                       PatientCareImpact.DEGRADED, List.of(new MedicalDevice("Infusion pump", null, null, 14, true)),
                       YesNoUnknown.YES, List.of("BE", "NL"), null));
    }

    @Test
    void countriesWithoutCrossBorderImpactAreRejected() {
        var impact = new Impact(List.of(), PatientCareImpact.NONE, List.of(), YesNoUnknown.NO, List.of("BE"));
        fixture.given(reported())
               .when(new AssessImpact(INCIDENT, BRUGGE, impact, null))
               .expectNoEvents()
               .expectException(InvalidDetailException.class);
    }

    @Test
    void aCountryCodeThatIsNoCountryIsRejected() {
        var impact = new Impact(List.of(), PatientCareImpact.NONE, List.of(), YesNoUnknown.YES, List.of("XX"));
        fixture.given(reported())
               .when(new AssessImpact(INCIDENT, BRUGGE, impact, null))
               .expectNoEvents()
               .expectException(InvalidDetailException.class);
    }

    @Test
    void noAffectedDevicesIsNotADeviceCount() {
        var impact = new Impact(List.of(), PatientCareImpact.NONE,
                List.of(new MedicalDevice("CT scanner", null, null, 0, true)), null, null);
        fixture.given(reported())
               .when(new AssessImpact(INCIDENT, BRUGGE, impact, null))
               .expectNoEvents()
               .expectException(InvalidDetailException.class);
    }

    @Test
    void personalDataWithItsCategoriesAndDataSubjectsIsRecordedWithTheIncidentsAwarenessAsTheBreachsByDefault() {
        var data = new PersonalData(YesNoUnknown.YES,
                List.of(PersonalDataCategory.IDENTIFIERS, PersonalDataCategory.HEALTH_DATA), 400, null);
        fixture.given(reported())
               .when(new AssessPersonalData(INCIDENT, BRUGGE, data, "412 discharge letters forwarded", NOW))
               .expectEvents(new PersonalDataAssessed(INCIDENT, YesNoUnknown.YES,
                       List.of(PersonalDataCategory.HEALTH_DATA, PersonalDataCategory.IDENTIFIERS), 400,
                       "412 discharge letters forwarded", AWARE));
    }

    @Test
    void givenABreachFoundHoursAfterTheIncidentWhenAssessedThenItsOwnAwarenessStartsTheGdprClock() {
        Instant breachFound = AWARE.plus(Duration.ofHours(3));
        var data = new PersonalData(YesNoUnknown.YES, List.of(PersonalDataCategory.HEALTH_DATA), 1200, breachFound);
        fixture.given(reported())
               .when(new AssessPersonalData(INCIDENT, BRUGGE, data, "Exfiltrated archive found", NOW))
               .expectEvents(new PersonalDataAssessed(INCIDENT, YesNoUnknown.YES,
                       List.of(PersonalDataCategory.HEALTH_DATA), 1200, "Exfiltrated archive found", breachFound));
    }

    @Test
    void givenAnAssessedBreachAwarenessWhenReassessedWithoutOneThenItStays() {
        Instant breachFound = AWARE.plus(Duration.ofHours(3));
        var assessed = new PersonalDataAssessed(INCIDENT, YesNoUnknown.YES, List.of(PersonalDataCategory.HEALTH_DATA),
                1200, null, breachFound);
        var more = new PersonalData(YesNoUnknown.YES, List.of(PersonalDataCategory.HEALTH_DATA), 1500, null);
        fixture.given(reported(), assessed)
               .when(new AssessPersonalData(INCIDENT, BRUGGE, more, "More letters found", NOW))
               .expectEvents(new PersonalDataAssessed(INCIDENT, YesNoUnknown.YES,
                       List.of(PersonalDataCategory.HEALTH_DATA), 1500, "More letters found", breachFound));
    }

    @Test
    void aBreachAwarenessAfterTheTimeOfRecordingIsRejected() {
        var data = new PersonalData(YesNoUnknown.YES, List.of(), null, NOW.plusSeconds(60));
        fixture.given(reported())
               .when(new AssessPersonalData(INCIDENT, BRUGGE, data, null, NOW))
               .expectNoEvents()
               .expectException(TimeInFutureException.class);
    }

    @Test
    void givenAConcludedHandlingWhenRecordedThenItsInstantIsAnEventAndTheSameAgainRecordsNothing() {
        Instant concluded = AWARE.plus(Duration.ofHours(2));
        fixture.given(reported())
               .when(new ConcludeHandling(INCIDENT, BRUGGE, concluded, " Restored from backups ", NOW))
               .expectEvents(new HandlingConcluded(INCIDENT, concluded, "Restored from backups"));
        fixture.given(reported(), new HandlingConcluded(INCIDENT, concluded, null))
               .when(new ConcludeHandling(INCIDENT, BRUGGE, concluded, "again", NOW))
               .expectNoEvents();
    }

    @Test
    void anEndBeforeTheHospitalKnewOrAfterItWasRecordedIsRejected() {
        fixture.given(reported())
               .when(new ConcludeHandling(INCIDENT, BRUGGE, AWARE.minusSeconds(60), null, NOW))
               .expectNoEvents()
               .expectException(TimeBeforeAwarenessException.class);
        fixture.given(reported())
               .when(new RecordImpactEnded(INCIDENT, BRUGGE, NOW.plusSeconds(60), null, NOW))
               .expectNoEvents()
               .expectException(TimeInFutureException.class);
    }

    @Test
    void anEndedImpactIsRecordedWithItsNote() {
        Instant ended = AWARE.plus(Duration.ofHours(4));
        fixture.given(reported())
               .when(new RecordImpactEnded(INCIDENT, BRUGGE, ended, "PACS back in service", NOW))
               .expectEvents(new ImpactEnded(INCIDENT, ended, "PACS back in service"));
    }

    @Test
    void categoriesOfPersonalDataWhenNoneIsInvolvedAreRejected() {
        var data = new PersonalData(YesNoUnknown.NO, List.of(PersonalDataCategory.HEALTH_DATA), null, null);
        fixture.given(reported())
               .when(new AssessPersonalData(INCIDENT, BRUGGE, data, null, NOW))
               .expectNoEvents()
               .expectException(InvalidDetailException.class);
    }

    @Test
    void notSignificantNeedsAReason() {
        fixture.given(reported())
               .when(new AssessSignificance(INCIDENT, BRUGGE, new SignificanceDecision(Significance.NO, null)))
               .expectNoEvents()
               .expectException(ReasonMissingException.class);
    }

    @Test
    void undecidedSignificanceIsRecordedWithoutAReason() {
        fixture.given(reported())
               .when(new AssessSignificance(INCIDENT, BRUGGE, new SignificanceDecision(Significance.UNDECIDED, "")))
               .expectEvents(new SignificanceAssessed(INCIDENT, Significance.UNDECIDED, null));
    }
}
