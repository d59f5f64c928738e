package eu.vigil.query;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.query.drill.ExpectationStatus;
import eu.vigil.query.register.DrillFilter;
import eu.vigil.query.timeline.HistoryKind;
import eu.vigil.security.VigilRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the pages show is a message in every language, including each code a page turns into a key. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "es", "it", "pt"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) {
        assertThat(bundle("messages_" + language).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de", "_es", "_it", "_pt"})
    void everyKeyATemplateNamesAndEveryCodeItShowsIsInTheBundle(String language) throws IOException {
        var keys = bundle("messages" + language).stringPropertyNames();

        assertThat(keys).containsAll(literalKeysOfTemplates());
        assertThat(keys).containsAll(Stream.of(
                codes("incident.phase.", Phase.values(), Phase::code),
                codes("incident.answer.", YesNoUnknown.values(), YesNoUnknown::code),
                codes("register.personalData.", YesNoUnknown.values(), YesNoUnknown::code),
                codes("register.filter.drills.", DrillFilter.values(), DrillFilter::code),
                codes("incident.significance.", Significance.values(), Significance::code),
                codes("incident.entryKind.", TimelineEntryKind.values(), TimelineEntryKind::code),
                codes("incident.indicatorType.", IndicatorType.values(), IndicatorType::code),
                codes("timeline.kind.", HistoryKind.values(), HistoryKind::code),
                codes("timeline.event.", IncidentEvent.class.getPermittedSubclasses(), Class::getSimpleName),
                codes("timeline.role.", VigilRole.values(), VigilRole::name),
                codes("drill.status.", ExpectationStatus.values(), ExpectationStatus::code),
                codes("drill.role.", VigilRole.values(), VigilRole::name),
                Set.of("timeline.role." + Actor.SYSTEM_ROLE))
                .flatMap(Set::stream).toList());
    }

    /** The incident's shared vocabulary has one home, ui-kit's bundle, which the pages read after the service's own. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de", "_es", "_it", "_pt"})
    void everySharedCodeThePagesShowIsNamedByUiKitAndNotRepeatedHere(String language) {
        var own = bundle("messages" + language).stringPropertyNames();
        var shared = bundle("ui-messages" + language).stringPropertyNames();

        assertThat(shared).containsAll(Stream.of(
                codes("severity.", Severity.values(), Severity::code),
                codes("patientCare.", PatientCareImpact.values(), PatientCareImpact::code),
                codes("service.", ClinicalService.values(), ClinicalService::code),
                codes("personalData.", PersonalDataCategory.values(), PersonalDataCategory::code))
                .flatMap(Set::stream).toList());
        assertThat(own).as("keys ui-kit already names").doesNotContainAnyElementsOf(shared);
    }

    private static Set<String> literalKeysOfTemplates() throws IOException {
        try (var files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .flatMap(MessagesTest::read)
                    .flatMap(template -> LITERAL_KEY.matcher(template).results().map(match -> match.group(1)))
                    .collect(Collectors.toSet());
        }
    }

    private static <T> Set<String> codes(String prefix, T[] values, Function<T, String> code) {
        return Arrays.stream(values).map(value -> prefix + code.apply(value)).collect(Collectors.toSet());
    }

    private static Stream<String> read(Path file) {
        try {
            return Stream.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
