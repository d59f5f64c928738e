package eu.vigil.command.incident;

import eu.vigil.command.hospital.Hospitals;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every change to an incident after its report, and every rule that refuses one. */
class IncidentChangesTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    private static final HospitalId UTRECHT = HospitalId.of("h-utrecht");
    // Detected 40 minutes before EU clocks went forward on 2026-03-29 at 01:00 UTC.
    private static final Instant DETECTED = Instant.parse("2026-03-29T00:20:00Z");
    private static final Instant AWARE = DETECTED.plus(Duration.ofMinutes(25));
    private static final Instant NOW = AWARE.plus(Duration.ofHours(5));
    private static final UUID ENTRY = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID CORRECTION = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID C2_IP = UUID.fromString("33333333-3333-4333-8333-333333333333");
    private static final UUID RED_HASH = UUID.fromString("44444444-4444-4444-8444-444444444444");
    private static final String SHA256 = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    private final AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);

    @BeforeEach
    void servesBrugge() {
        Hospitals servedHospitals = BRUGGE::equals;
        fixture.registerInjectableResource(servedHospitals);
    }

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
    void personalDataWithItsCategoriesAndDataSubjectsIsRecorded() {
        var data = new PersonalData(YesNoUnknown.YES,
                List.of(PersonalDataCategory.IDENTIFIERS, PersonalDataCategory.HEALTH_DATA), 400);
        fixture.given(reported())
               .when(new AssessPersonalData(INCIDENT, BRUGGE, data, "412 discharge letters forwarded"))
               .expectEvents(new PersonalDataAssessed(INCIDENT, YesNoUnknown.YES,
                       List.of(PersonalDataCategory.HEALTH_DATA, PersonalDataCategory.IDENTIFIERS), 400,
                       "412 discharge letters forwarded"));
    }

    @Test
    void categoriesOfPersonalDataWhenNoneIsInvolvedAreRejected() {
        var data = new PersonalData(YesNoUnknown.NO, List.of(PersonalDataCategory.HEALTH_DATA), null);
        fixture.given(reported())
               .when(new AssessPersonalData(INCIDENT, BRUGGE, data, null))
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

    @Test
    void aTimelineEntryRecordsWhenItHappenedAndWhenItWasRecorded() {
        fixture.given(reported())
               .when(entry(ENTRY, DETECTED.plusSeconds(60), null, null))
               .expectEvents(new TimelineEntryAppended(INCIDENT, ENTRY, TimelineEntryKind.ACTION, "Isolated PACS",
                       DETECTED.plusSeconds(60), NOW, null, null));
    }

    @Test
    void aTimelineEntryDatedBeforeDetectionIsRejected() {
        fixture.given(reported())
               .when(entry(ENTRY, DETECTED.minusSeconds(1), null, null))
               .expectNoEvents()
               .expectException(EntryBeforeDetectionException.class);
    }

    @Test
    void aTimelineEntryDatedAfterItsRecordingIsRejected() {
        fixture.given(reported())
               .when(entry(ENTRY, NOW.plusSeconds(1), null, null))
               .expectNoEvents()
               .expectException(EntryInFutureException.class);
    }

    @Test
    void withoutADetectionTimeEntriesCannotPrecedeAwareness() {
        fixture.given(reportedWithoutDetection())
               .when(entry(ENTRY, AWARE.minusSeconds(1), null, null))
               .expectNoEvents()
               .expectException(EntryBeforeDetectionException.class);
    }

    @Test
    void aCorrectionSupersedesAnEarlierEntryWithItsReason() {
        fixture.given(reported(), appended(ENTRY, null))
               .when(entry(CORRECTION, DETECTED.plusSeconds(120), ENTRY, "Wrong time"))
               .expectEvents(new TimelineEntryAppended(INCIDENT, CORRECTION, TimelineEntryKind.ACTION,
                       "Isolated PACS", DETECTED.plusSeconds(120), NOW, ENTRY, "Wrong time"));
    }

    @Test
    void aCorrectionWithoutAReasonIsRejected() {
        fixture.given(reported(), appended(ENTRY, null))
               .when(entry(CORRECTION, DETECTED.plusSeconds(120), ENTRY, null))
               .expectNoEvents()
               .expectException(ReasonMissingException.class);
    }

    @Test
    void anEntryAlreadySupersededCannotBeCorrectedAgain() {
        fixture.given(reported(), appended(ENTRY, null), appended(CORRECTION, ENTRY))
               .when(entry(UUID.randomUUID(), DETECTED.plusSeconds(180), ENTRY, "Again"))
               .expectNoEvents()
               .expectException(UnknownEntryException.class);
    }

    @Test
    void phasesMoveForwardAndMaySkip() {
        fixture.given(reported())
               .when(new ChangePhase(INCIDENT, BRUGGE, Phase.CONTAINMENT, "PACS isolated"))
               .expectEvents(new PhaseChanged(INCIDENT, Phase.DETECTION, Phase.CONTAINMENT, "PACS isolated"));
    }

    @Test
    void aPhaseChangeThatGoesBackWithoutReopeningIsRejected() {
        fixture.given(reported(), new PhaseChanged(INCIDENT, Phase.DETECTION, Phase.RECOVERY, null))
               .when(new ChangePhase(INCIDENT, BRUGGE, Phase.ANALYSIS, null))
               .expectNoEvents()
               .expectException(PhaseGoesBackException.class);
    }

    @Test
    void aClosedIncidentReopensToAnEarlierPhaseWithAReason() {
        fixture.given(reported(), closed())
               .when(new ReopenIncident(INCIDENT, BRUGGE, Phase.ANALYSIS, "Attacker returned"))
               .expectEvents(new IncidentReopened(INCIDENT, Phase.CLOSED, Phase.ANALYSIS, "Attacker returned"));
    }

    @Test
    void aReopeningWithoutAReasonIsRejected() {
        fixture.given(reported(), closed())
               .when(new ReopenIncident(INCIDENT, BRUGGE, Phase.ANALYSIS, ""))
               .expectNoEvents()
               .expectException(ReasonMissingException.class);
    }

    @Test
    void aReopeningThatGoesForwardIsRejected() {
        fixture.given(reported())
               .when(new ReopenIncident(INCIDENT, BRUGGE, Phase.RECOVERY, "Confused"))
               .expectNoEvents()
               .expectException(ReopenGoesForwardException.class);
    }

    @Test
    void aClosedIncidentTakesNoNewEntries() {
        fixture.given(reported(), closed())
               .when(entry(ENTRY, DETECTED.plusSeconds(60), null, null))
               .expectNoEvents()
               .expectException(IncidentClosedException.class);
    }

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
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.AMBER, true, "Ransomware on imaging",
                       List.of(C2_IP)))
               .expectEvents(new IncidentShared(INCIDENT, 1, Tlp.AMBER, true,
                       RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.CRITICAL, "Ransomware on imaging",
                       Phase.DETECTION, PatientCareImpact.DIVERTED_PATIENTS, List.of("CT scanner"),
                       List.of(new SharedIndicator(IndicatorType.IPV4, "203.0.113.45", Tlp.AMBER)),
                       YesNoUnknown.NO));
    }

    @Test
    void aClosedIncidentsTlpRedIndicatorIsNeverShared() {
        fixture.given(reported(), hashAdded(RED_HASH, Tlp.RED), closed())
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.GREEN, false, "Lessons", List.of(RED_HASH)))
               .expectNoEvents()
               .expectException(RedNotShareableException.class);
    }

    @Test
    void aShareAtTlpRedIsRejected() {
        fixture.given(reported())
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.RED, false, "Secret", List.of()))
               .expectNoEvents()
               .expectException(RedNotShareableException.class);
    }

    @Test
    void aWithdrawnIndicatorCannotBeShared() {
        fixture.given(reported(), ipAdded(C2_IP, Tlp.GREEN), new IndicatorWithdrawn(INCIDENT, C2_IP, "VPN"))
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.GREEN, false, "Phishing", List.of(C2_IP)))
               .expectNoEvents()
               .expectException(UnknownEntryException.class);
    }

    @Test
    void anUpdatedShareIsTheNextRevisionAndAWithdrawalEndsIt() {
        fixture.given(reported(), shared(1))
               .when(new ShareIncidentWithCert(INCIDENT, BRUGGE, Tlp.CLEAR, false, "Now public", List.of()))
               .expectEvents(new IncidentShared(INCIDENT, 2, Tlp.CLEAR, false,
                       RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null, "Now public", Phase.DETECTION, null,
                       List.of(), List.of(), YesNoUnknown.UNKNOWN));
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

    @Test
    void aRetriedRequestRecordsOnceAndAnswersAsTheFirstTime() {
        var retried = MetaData.with(CommandMetaData.REQUEST_ID, "request-1");
        fixture.given(reported(), GenericEventMessage.asEventMessage(appended(ENTRY, null)).andMetaData(retried))
               .when(entry(ENTRY, DETECTED.plusSeconds(60), null, null), retried)
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void theSameRequestKeyWithAnotherRequestIsRefusedAndRecordsNothing() {
        var first = MetaData.with(CommandMetaData.REQUEST_ID, "request-1")
                .and(CommandMetaData.REQUEST_FINGERPRINT, "first-body");
        var other = MetaData.with(CommandMetaData.REQUEST_ID, "request-1")
                .and(CommandMetaData.REQUEST_FINGERPRINT, "another-body");
        fixture.given(reported(), GenericEventMessage.asEventMessage(appended(ENTRY, null)).andMetaData(first))
               .when(entry(CORRECTION, DETECTED.plusSeconds(90), null, null), other)
               .expectNoEvents()
               .expectException(RequestKeyReusedException.class);
    }

    private static IncidentReported reported() {
        return new IncidentReported(INCIDENT, BRUGGE, "PACS encrypted", DETECTED, AWARE,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null);
    }

    private static IncidentReported reportedWithoutDetection() {
        return new IncidentReported(INCIDENT, BRUGGE, "PACS encrypted", null, AWARE,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null);
    }

    private static PhaseChanged closed() {
        return new PhaseChanged(INCIDENT, Phase.DETECTION, Phase.CLOSED, "Lessons learned");
    }

    private static AppendTimelineEntry entry(UUID id, Instant happenedAt, UUID supersedes, String reason) {
        return new AppendTimelineEntry(INCIDENT, BRUGGE, id, TimelineEntryKind.ACTION, " Isolated PACS ", happenedAt,
                NOW, supersedes, reason);
    }

    private static TimelineEntryAppended appended(UUID id, UUID supersedes) {
        return new TimelineEntryAppended(INCIDENT, id, TimelineEntryKind.ACTION, "Isolated PACS",
                DETECTED.plusSeconds(60), NOW, supersedes, supersedes == null ? null : "Wrong time");
    }

    private static AddIndicator indicator(UUID id, IndicatorType type, String value, Tlp tlp) {
        return new AddIndicator(INCIDENT, BRUGGE, id, type, value, tlp, null, null, null);
    }

    private static IndicatorAdded ipAdded(UUID id, Tlp tlp) {
        return new IndicatorAdded(INCIDENT, id, IndicatorType.IPV4, "203.0.113.45", tlp, null, null, null);
    }

    private static IndicatorAdded hashAdded(UUID id, Tlp tlp) {
        return new IndicatorAdded(INCIDENT, id, IndicatorType.SHA256, SHA256.toLowerCase(), tlp, null, null, null);
    }

    private static IncidentShared shared(int revision) {
        return new IncidentShared(INCIDENT, revision, Tlp.GREEN, false, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                null, "Shared", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN);
    }
}
