package eu.vigil.command.drill;

import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.contracts.drill.ScriptedExpectation;
import eu.vigil.contracts.drill.ScriptedInject;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

class DrillTest {

    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    private static final UUID DRILL = UUID.fromString("5d0c0de0-0000-4000-8000-000000000001");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final ScenarioCatalogue SCENARIOS = new ScenarioCatalogue();
    private static final DrillStarted STARTED = new DrillStarted(DRILL, BRUGGE, "ransomware-pacs", "Tabletop", 60,
            START, SCENARIOS.find("ransomware-pacs").orElseThrow().script(), List.of(),
            SCENARIOS.find("ransomware-pacs").orElseThrow().title().byLanguage());

    private final AggregateTestFixture<Drill> fixture = new AggregateTestFixture<>(Drill.class);

    @BeforeEach
    void servesBrugge() {
        Hospitals servedHospitals = BRUGGE::equals;
        fixture.registerInjectableResource(servedHospitals);
        fixture.registerInjectableResource(SCENARIOS);
    }

    @Test
    void givenAServedHospitalWhenItsOfficerStartsADrillThenItStartsWithItsScenarioTitleAndScale() {
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, BRUGGE, "ransomware-pacs", " Tabletop ", 60, START))
               .expectEvents(STARTED);
    }

    @Test
    void givenAScenarioWhenADrillStartsThenItRecordsTheScenariosTitleInTheSevenLanguagesForItsReport() {
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, BRUGGE, "ransomware-pacs", "Tabletop", 60, START))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(
                       (DrillStarted started) -> started.scenarioTitle().keySet()
                               .equals(Set.of("en", "fr", "nl", "de", "es", "it", "pt"))
                               && started.scenarioTitleIn("de").equals("Ransomware auf den Bildarchivsystemen (PACS)")),
                       andNoMore())));
    }

    @Test
    void givenAScenarioWhenADrillStartsThenItRecordsTheScriptItsReportWillScore() {
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, BRUGGE, "ransomware-pacs", "Tabletop", 60, START))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(
                       (DrillStarted started) -> {
                           ScriptedInject first = started.script().get(0);
                           ScriptedExpectation awareness = first.expectations().get(0);
                           return first.offset().isZero() && first.text().get("fr").startsWith("La radiologie")
                                   && awareness.who().equals("SECURITY_OFFICER")
                                   && awareness.event().equals("IncidentReported")
                                   && awareness.within().equals(Duration.ofHours(1))
                                   && started.script().stream().flatMap(inject -> inject.expectations().stream())
                                           .anyMatch(expected -> expected.byTheLaw()
                                                   && expected.event().equals("DraftApproved")
                                                   && "NIS2_EARLY_WARNING".equals(expected.obligationRuleId()));
                       }), andNoMore())));
    }

    @Test
    void givenNoScenarioWhenADrillStartsThenItsScriptIsEmpty() {
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, BRUGGE, null, "From scratch", 1, START))
               .expectEvents(new DrillStarted(DRILL, BRUGGE, null, "From scratch", 1, START, List.of(), List.of()));
    }

    @Test
    void givenParticipantsWhenADrillStartsThenOnlyTheyAreNamedAndARetryNamingOthersIsRefused() {
        var participants = List.of("anna.dpo@brugge.example", "tabletop@brugge.example");
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, BRUGGE, null, "Night shift", 1, START, participants))
               .expectEvents(new DrillStarted(DRILL, BRUGGE, null, "Night shift", 1, START, List.of(), participants));
        fixture.given(new DrillStarted(DRILL, BRUGGE, null, "Night shift", 1, START, List.of(), participants))
               .when(new StartDrill(DRILL, BRUGGE, null, "Night shift", 1, START, List.of("other@brugge.example")))
               .expectNoEvents()
               .expectException(DrillRequestReusedException.class);
    }

    @Test
    void givenAHospitalNotServedOrAScaleOutOfBoundsThenNoDrillStarts() {
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, HospitalId.of("h-elsewhere"), null, "Tabletop", 60, START))
               .expectNoEvents()
               .expectException(UnknownHospitalException.class);
        fixture.givenNoPriorActivity()
               .when(new StartDrill(DRILL, BRUGGE, null, "Tabletop", 1441, START))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAStartedDrillWhenTheSameStartIsRetriedThenNothingIsRecordedAndAnotherStartUnderItsIdIsRefused() {
        fixture.given(STARTED)
               .when(new StartDrill(DRILL, BRUGGE, "ransomware-pacs", "Tabletop ", 60, START.plusSeconds(5)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(STARTED)
               .when(new StartDrill(DRILL, BRUGGE, "ransomware-pacs", "Tabletop", 30, START.plusSeconds(5)))
               .expectNoEvents()
               .expectException(DrillRequestReusedException.class);
    }

    @Test
    void givenAStartedDrillWhenEndedThenItEndsOnceAndNeverForAnotherHospital() {
        fixture.given(STARTED)
               .when(new EndDrill(DRILL, BRUGGE, START.plusSeconds(3600)))
               .expectEvents(new DrillEnded(DRILL, START.plusSeconds(3600)));
        fixture.given(STARTED, new DrillEnded(DRILL, START.plusSeconds(3600)))
               .when(new EndDrill(DRILL, BRUGGE, START.plusSeconds(7200)))
               .expectNoEvents();
        fixture.given(STARTED)
               .when(new EndDrill(DRILL, HospitalId.of("h-lyon"), START.plusSeconds(3600)))
               .expectNoEvents()
               .expectException(DrillNotFoundException.class);
    }

    @Test
    void givenARunningOrEndedDrillWhenItsOfficerRecordsLessonsThenTheyAreRecordedAndReplaceEarlierOnes() {
        Instant later = START.plusSeconds(7200);
        fixture.given(STARTED)
               .when(new RecordLessons(DRILL, BRUGGE, " Call the PACS vendor earlier.\n", later))
               .expectEvents(new LessonsRecorded(DRILL, "Call the PACS vendor earlier.", later));
        fixture.given(STARTED, new DrillEnded(DRILL, START.plusSeconds(3600)),
                      new LessonsRecorded(DRILL, "Call the PACS vendor earlier.", later))
               .when(new RecordLessons(DRILL, BRUGGE, "Keep the paper forms ready.", later.plusSeconds(60)))
               .expectEvents(new LessonsRecorded(DRILL, "Keep the paper forms ready.", later.plusSeconds(60)));
    }

    @Test
    void givenRecordedLessonsWhenTheSameTextIsRecordedAgainThenNothingIsRecorded() {
        fixture.given(STARTED, new LessonsRecorded(DRILL, "Call the PACS vendor earlier.", START.plusSeconds(7200)))
               .when(new RecordLessons(DRILL, BRUGGE, "Call the PACS vendor earlier. ", START.plusSeconds(7300)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void givenAnotherHospitalsDrillWhenItsOfficerRecordsLessonsThenTheDrillIsNotFoundAndNothingIsRecorded() {
        fixture.given(STARTED)
               .when(new RecordLessons(DRILL, HospitalId.of("h-lyon"), "Ours now.", START.plusSeconds(7200)))
               .expectNoEvents()
               .expectException(DrillNotFoundException.class);
    }
}
