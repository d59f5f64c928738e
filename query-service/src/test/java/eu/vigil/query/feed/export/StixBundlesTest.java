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

/** Bundles that OASIS's STIX 2.1 schemas accept, with the TLP 2.0 markings and ids that stay the same. */
class StixBundlesTest {

    @Test
    void givenSharesWithEveryIndicatorTypeWhenBundledThenTheBundleAndEachObjectMatchTheirSchemas() {
        var bundle = StixBundles.bundle(List.of(share("h-gent", false, Tlp.CLEAR, "Every type", Shares.everyType()),
                share("P-3FA9C1D2E4B7", true, Tlp.AMBER_STRICT, "Strict"), Shares.withdrawn("h-gent", Tlp.GREEN)));

        ExportSchemas.assertValidStix(bundle);
        assertThat(types(bundle)).containsOnly("marking-definition", "identity", "location", "relationship",
                "report", "indicator");
        assertThat(ofType(bundle, "indicator")).hasSize(Shares.everyType().length)
                .allSatisfy(indicator -> assertThat(indicator.path("pattern_type").asText()).isEqualTo("stix"));
    }

    @Test
    void givenTheSameSharesWhenBundledTwiceThenEveryIdIsTheSame() {
        var share = share("h-gent", false, Tlp.GREEN, "Twice", Shares.everyType());

        assertThat(StixBundles.bundle(List.of(share))).isEqualTo(StixBundles.bundle(List.of(share)));
    }

    @Test
    void givenAnIndicatorStricterThanItsShareWhenBundledThenItCarriesItsOwnMarkingAndTheBundleItsDefinition() {
        var bundle = StixBundles.bundle(List.of(share("h-gent", false, Tlp.CLEAR, "Mixed",
                indicator(IndicatorType.DOMAIN, "clear.example", Tlp.CLEAR),
                indicator(IndicatorType.DOMAIN, "amber.example", Tlp.AMBER))));

        var markings = new ArrayList<String>();
        ofType(bundle, "indicator").forEach(indicator -> markings.add(indicator.path("name").asText() + " "
                + indicator.path("object_marking_refs").get(0).asText()));
        assertThat(markings).containsExactly(
                "domain clear.example marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
                "domain amber.example marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
        assertThat(ofType(bundle, "marking-definition")).extracting(marking -> marking.path("name").asText())
                .containsExactly("TLP:AMBER", "TLP:CLEAR");
    }

    @Test
    void givenAWithdrawnShareWhenBundledThenItsReportIsRevokedWithoutIndicators() {
        var bundle = StixBundles.bundle(List.of(Shares.withdrawn("h-gent", Tlp.AMBER)));

        ExportSchemas.assertValidStix(bundle);
        var report = ofType(bundle, "report").get(0);
        assertThat(report.path("revoked").asBoolean()).isTrue();
        assertThat(ofType(bundle, "indicator")).isEmpty();
    }

    @Test
    void givenAPseudonymisedPublisherWhenBundledThenItsIdentityIsThePseudonymAnOrganisation() {
        var bundle = StixBundles.bundle(List.of(share("P-3FA9C1D2E4B7", true, Tlp.CLEAR, "Hidden")));

        var identity = ofType(bundle, "identity").get(0);
        assertThat(identity.path("name").asText()).isEqualTo("P-3FA9C1D2E4B7");
        assertThat(identity.path("identity_class").asText()).isEqualTo("organization");
        assertThat(ofType(bundle, "report").get(0).path("created_by_ref").asText())
                .isEqualTo(identity.path("id").asText());
    }

    @Test
    void givenTwoPublishersOfOneCountryWhenBundledThenEachIsLocatedAtTheCountrysOneLocation() {
        var bundle = StixBundles.bundle(List.of(share("h-gent", false, Tlp.CLEAR, "Gent"),
                share("P-3FA9C1D2E4B7", true, Tlp.CLEAR, "Hidden"), share("h-gent", false, Tlp.GREEN, "Again")));

        ExportSchemas.assertValidStix(bundle);
        var location = ofType(bundle, "location");
        assertThat(location).hasSize(1);
        assertThat(location.get(0).path("country").asText()).isEqualTo("BE");
        assertThat(location.get(0).path("name").asText()).isEqualTo("Belgium");
        var identities = new ArrayList<String>();
        ofType(bundle, "identity").forEach(identity -> identities.add(identity.path("id").asText()));
        assertThat(ofType(bundle, "relationship")).hasSize(2).allSatisfy(relationship -> {
            assertThat(relationship.path("relationship_type").asText()).isEqualTo("located-at");
            assertThat(relationship.path("target_ref").asText()).isEqualTo(location.get(0).path("id").asText());
        }).extracting(relationship -> relationship.path("source_ref").asText())
                .containsExactlyInAnyOrderElementsOf(identities);
    }

    @Test
    void givenAShareThatCarriesNoCountryWhenBundledThenNoLocationIsInvented() {
        var bundle = StixBundles.bundle(List.of(Shares.withoutCountry(share("h-gent", false, Tlp.CLEAR, "Old"))));

        ExportSchemas.assertValidStix(bundle);
        assertThat(types(bundle)).doesNotContain("location", "relationship");
    }

    @Test
    void givenAnEmptyPageWhenBundledThenTheBundleHasNoObjectsAndStillMatchesItsSchema() {
        var bundle = StixBundles.bundle(List.of());

        ExportSchemas.assertValidStix(bundle);
        assertThat(bundle.has("objects")).isFalse();
    }

    @Test
    void givenAReportWithoutItsNameWhenValidatedThenTheSchemasRefuseIt() {
        var bundle = StixBundles.bundle(List.of(share("h-gent", false, Tlp.CLEAR, "Nameless")));
        ((ObjectNode) ofType(bundle, "report").get(0)).remove("name");

        assertThatThrownBy(() -> ExportSchemas.assertValidStix(bundle)).hasMessageContaining("name");
    }

    static List<JsonNode> ofType(JsonNode bundle, String type) {
        var objects = new ArrayList<JsonNode>();
        bundle.path("objects").forEach(object -> {
            if (object.path("type").asText().equals(type)) {
                objects.add(object);
            }
        });
        return objects;
    }

    private static List<String> types(JsonNode bundle) {
        var types = new ArrayList<String>();
        bundle.path("objects").forEach(object -> types.add(object.path("type").asText()));
        return types;
    }
}
