package eu.vigil.command.drill.scenario;

import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.security.VigilRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioCatalogueTest {

    private final ScenarioCatalogue catalogue = new ScenarioCatalogue();

    @Test
    void givenTheShippedFilesThenTheFourScenariosTheIssueAsksForLoadWithRealisticTimelines() {
        assertThat(catalogue.all()).extracting(Scenario::id).containsExactlyInAnyOrder(
                "ransomware-pacs", "phishing-patient-records", "infusion-pump-fleet", "supplier-breach");
        assertThat(catalogue.all()).allSatisfy(scenario -> {
            assertThat(scenario.injects()).as(scenario.id()).hasSizeBetween(6, 12);
            assertThat(scenario.injects().get(0).offset()).as(scenario.id()).isEqualTo(Duration.ZERO);
            assertThat(scenario.injects()).as(scenario.id())
                    .anySatisfy(inject -> assertThat(inject.expectations()).isNotEmpty());
        });
    }

    @Test
    void givenTheRansomwareScenarioThenItsInjectsArriveInOrderWithWhatEachParticipantMustDo() {
        Scenario pacs = catalogue.find("ransomware-pacs").orElseThrow();

        assertThat(pacs.category().code())
                .isEqualTo("information-content-security/unauthorised-information-modification");
        assertThat(pacs.injects().get(2).offset()).isEqualTo(Duration.ofMinutes(40));
        assertThat(pacs.injects().get(2).text().in(Locale.FRENCH)).startsWith("Une demande de rançon");
        assertThat(pacs.injects()).flatExtracting(Inject::expectations).contains(
                new Expectation(VigilRole.SECURITY_OFFICER, ExpectedAction.RECORD_AWARENESS,
                        ExpectedBy.parse("PT1H")),
                new Expectation(VigilRole.DPO, ExpectedAction.SUBMIT_EARLY_WARNING, ExpectedBy.LAW));
    }

    @Test
    void givenAnyShippedTextThenItIsWrittenInEachOfTheSevenLanguagesAndNotLeftInEnglish() {
        assertThat(catalogue.all()).allSatisfy(scenario -> texts(scenario).forEach(text -> {
            assertThat(text.byLanguage()).as(scenario.id()).containsOnlyKeys(Translations.LANGUAGES)
                    .allSatisfy((language, value) -> assertThat(value).as(scenario.id() + " " + language).isNotBlank());
            assertThat(Stream.of(text.fr(), text.nl(), text.de(), text.es(), text.it(), text.pt()))
                    .as(scenario.id() + ": " + text.en()).doesNotContain(text.en());
        }));
        assertThat(Translations.LANGUAGES).containsExactly("en", "fr", "nl", "de", "es", "it", "pt");
    }

    @Test
    void givenALanguageTheScenariosAreNotWrittenInThenTheyReadInEnglish() {
        Translations title = catalogue.find("supplier-breach").orElseThrow().title();

        assertThat(title.in(Locale.forLanguageTag("pl"))).isEqualTo(title.en());
        assertThat(title.in(Locale.forLanguageTag("nl-BE"))).isEqualTo(title.nl());
    }

    @Test
    void givenAnyExpectedActionThenADrillCanSeeItAsAnIncidentOrNotificationEventOfContracts() {
        assertThat(ExpectedAction.values()).allSatisfy(action -> {
            assertThat(Stream.of(IncidentEvent.class, NotificationEvent.class))
                    .as(action.name()).anyMatch(kind -> kind.isAssignableFrom(action.event()));
            assertThat(action.roles()).as(action.name()).isNotEmpty()
                    .isSubsetOf(VigilRole.SECURITY_OFFICER, VigilRole.DPO);
        });
        assertThat(ExpectedAction.SUBMIT_GDPR_NOTIFICATION.obligationRuleId()).contains("GDPR_SA_NOTIFICATION");
        assertThat(ExpectedAction.CLASSIFY.obligationRuleId()).isEmpty();
    }

    @Test
    void givenTheShippedFilesThenTheApplicationStartsWithTheCatalogue() {
        new ApplicationContextRunner().withBean(ScenarioCatalogue.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ScenarioCatalogue.class).all()).hasSize(4);
        });
    }

    @Test
    void givenABadFileThenTheApplicationRefusesToStartNamingTheFileAndThePointer() {
        var bad = ScenarioSamples.file("late-inject.json", ScenarioSamples.VALID.replace("\"PT40M\"", "\"PT73H\""));

        new ApplicationContextRunner().withBean(ScenarioCatalogue.class, () -> new ScenarioCatalogue(List.of(bad)))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(InvalidScenarioException.class)
                        .hasMessage("Scenario file late-inject.json: /injects/1/offset must be from PT0S to PT72H "
                                + "after the drill's start"));
    }

    private static List<Translations> texts(Scenario scenario) {
        return Stream.concat(Stream.of(scenario.title(), scenario.description()),
                scenario.injects().stream().map(Inject::text)).toList();
    }
}
