package eu.vigil.query.feed.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static eu.vigil.query.feed.export.Shares.indicator;
import static eu.vigil.query.feed.export.Shares.share;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events that PyMISP's schema accepts, tagged with the taxonomies' machine tags. */
class MispEventsTest {

    @Test
    void givenSharesWithEveryIndicatorTypeWhenExportedThenEachEventMatchesTheSchema() {
        var response = MispEvents.response(List.of(share("h-gent", false, Tlp.CLEAR, "Every type",
                Shares.everyType()), Shares.withdrawn("h-gent", Tlp.AMBER)));

        assertThat(response.path("response")).hasSize(2).allSatisfy(ExportSchemas::assertValidMisp);
    }

    @Test
    void givenAShareWhenExportedThenItsEventCarriesItsLabelClassSectorAndLevels() {
        var event = MispEvents.event(share("P-3FA9C1D2E4B7", true, Tlp.AMBER_STRICT, "Ransomware",
                indicator(IndicatorType.IPV4, "198.51.100.23", Tlp.AMBER_STRICT))).path("Event");

        assertThat(tags(event)).containsExactly("tlp:amber+strict", "rsit:malicious-code=\"infected-system\"",
                "nis2:impact-sectors-impacted=\"health\"", "misp-galaxy:country=\"belgium\"");
        assertThat(event.path("threat_level_id").asText()).isEqualTo("1");
        assertThat(event.path("analysis").asText()).isEqualTo("1");
        assertThat(event.path("distribution").asText()).isEqualTo("0");
        assertThat(event.path("published").asBoolean()).isFalse();
        assertThat(event.path("Orgc").path("name").asText()).isEqualTo("P-3FA9C1D2E4B7");
        assertThat(event.path("Attribute").get(0).path("type").asText()).isEqualTo("ip-dst");
        assertThat(event.path("Attribute").get(0).has("Tag")).as("no stricter label of its own").isFalse();
    }

    @Test
    void givenAnIndicatorStricterThanItsShareWhenExportedThenItsAttributeIsTaggedWithItsOwnLabel() {
        var event = MispEvents.event(share("h-gent", false, Tlp.GREEN, "Mixed",
                indicator(IndicatorType.SHA256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                        Tlp.AMBER))).path("Event");

        var attribute = event.path("Attribute").get(0);
        assertThat(tags(attribute)).containsExactly("tlp:amber");
        assertThat(attribute.path("category").asText()).isEqualTo("Payload delivery");
    }

    @Test
    void givenTheSameShareWhenExportedTwiceThenTheUuidsAreTheSameAsTheStixReports() {
        var share = share("h-gent", false, Tlp.CLEAR, "Twice");

        var event = MispEvents.event(share).path("Event");
        assertThat(MispEvents.event(share)).isEqualTo(MispEvents.event(share));
        assertThat("report--" + event.path("uuid").asText()).isEqualTo(StixBundles.reportId(share.incidentId()));
    }

    @Test
    void givenSeverityPhaseAndLabelWhenMappedThenTheyAreMispsCodes() {
        assertThat(List.of("critical", "high", "medium", "low").stream().map(MispEvents::threatLevel))
                .containsExactly("1", "1", "2", "3");
        assertThat(MispEvents.threatLevel(null)).isEqualTo("4");
        assertThat(List.of("detection", "analysis", "containment", "eradication", "recovery", "closed").stream()
                .map(MispEvents::analysis)).containsExactly("0", "1", "1", "1", "1", "2");
        assertThat(List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT).stream()
                .map(MispEvents::distribution)).containsExactly("3", "1", "0", "0");
    }

    @Test
    void givenEveryRsitCategoryAndLabelWhenTaggedThenTheTaxonomiesDefineTheTag() {
        var rsit = ExportSchemas.read(ExportSchemas.SHARED.resolve("misp-taxonomies/rsit.json"));
        var defined = new ArrayList<String>();
        rsit.path("values").forEach(value -> value.path("entry").forEach(entry -> defined.add("rsit:"
                + value.path("predicate").asText() + "=\"" + entry.path("value").asText() + "\"")));
        for (var category : eu.vigil.contracts.RsitCategory.values()) {
            assertThat(defined).contains(MispTags.rsit(category.code()));
        }
        var tlp = ExportSchemas.read(ExportSchemas.SHARED.resolve("misp-taxonomies/tlp.json"));
        var labels = new ArrayList<String>();
        tlp.path("predicates").forEach(predicate -> labels.add("tlp:" + predicate.path("value").asText()));
        for (var label : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT)) {
            assertThat(labels).contains(MispTags.tlp(label));
        }
    }

    @Test
    void givenAnAttributeOfATypeItsCategoryDoesNotAllowWhenValidatedThenItIsRefused() {
        var event = MispEvents.event(share("h-gent", false, Tlp.CLEAR, "Misfiled",
                indicator(IndicatorType.MD5, "d41d8cd98f00b204e9800998ecf8427e", Tlp.CLEAR)));
        ((ObjectNode) event.path("Event").path("Attribute").get(0)).put("category", "Network activity");

        assertThatThrownBy(() -> ExportSchemas.assertValidMisp(event)).hasMessageContaining("md5");
        ((ObjectNode) event.path("Event")).put("published", "no");
        assertThatThrownBy(() -> ExportSchemas.assertValidMisp(event)).hasMessageContaining("published");
    }

    private static List<String> tags(JsonNode tagged) {
        var tags = new ArrayList<String>();
        tagged.path("Tag").forEach(tag -> tags.add(tag.path("name").asText()));
        return tags;
    }
}
