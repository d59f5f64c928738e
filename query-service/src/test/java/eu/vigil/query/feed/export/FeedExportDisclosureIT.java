package eu.vigil.query.feed.export;

import eu.vigil.query.feed.ThreeHospitalShares;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the feed's exports keep from each reader: labels beyond theirs, a pseudonymous hospital's id, a share they
 * may not read (not found, as an unknown one is) and a withdrawn share's indicators.
 */
class FeedExportDisclosureIT extends ThreeHospitalShares {

    @Test
    void givenTheReadersWhenTheyExportThenAmberStrictReachesOnlyTheCertAndTheOwnHospitalAndRedNoOne() {
        String query = "?limit=200&publisher=" + pseudonyms.of(HIDDEN);
        for (String format : List.of("/api/cert/feed.stix", "/api/cert/feed.misp.json", "/api/cert/feed.csv")) {
            assertThat(get(format + query, CERT, "*/*").getBody()).contains("Strictly for the CERT")
                    .contains(AMBER_STRICT_HASH)
                    .doesNotContain(RED_VALUE);
            assertThat(get(format + query, OFFICER_OF_HIDDEN, "*/*").getBody()).contains("Strictly for the CERT")
                    .doesNotContain(RED_VALUE);
            assertThat(get(format + query, OFFICER_ELSEWHERE, "*/*").getBody()).contains("Phishing wave")
                    .doesNotContain("Strictly for the CERT", GREEN_ADDRESS, RED_VALUE);
        }
    }

    @Test
    void givenAPseudonymousHospitalWhenAnyoneExportsItsSharesThenItsIdIsNowhereInTheBody() {
        for (String reader : List.of(CERT, OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            for (String path : List.of("/api/cert/feed.stix?limit=200", "/api/cert/feed.misp.json?limit=200",
                    "/api/cert/feed.csv?limit=200", "/api/cert/shares/" + strict + ".stix",
                    "/api/cert/shares/" + strict + ".misp.json")) {
                var body = get(path, reader, "*/*").getBody();
                assertThat(body).as(path).doesNotContain(HIDDEN);
            }
        }
        assertThat(get("/api/cert/shares/" + strict + ".stix", CERT, "*/*").getBody())
                .contains(pseudonyms.of(HIDDEN));
    }

    @Test
    void givenAShareTheReaderMayNotReadWhenExportedAloneThenItIsNotFoundAsAnUnknownOneIs() {
        for (String suffix : List.of(".stix", ".misp.json")) {
            var hidden = get("/api/cert/shares/" + strict + suffix, OFFICER_ELSEWHERE, "application/json");
            var unknown = get("/api/cert/shares/" + UUID.randomUUID() + suffix, OFFICER_ELSEWHERE,
                    "application/json");
            assertThat(hidden.getStatusCode().value()).isEqualTo(404);
            assertThat(json(hidden).get("type")).isEqualTo(json(unknown).get("type"));
            assertThat(get("/api/cert/shares/" + strict + suffix, CERT, "*/*").getStatusCode().value())
                    .isEqualTo(200);
        }
    }

    @Test
    void givenAWithdrawnShareWhenExportedThenItsReportIsRevokedAndNoFormatCarriesItsIndicators() {
        var bundle = json(get("/api/cert/shares/" + withdrawn + ".stix", OFFICER_ELSEWHERE,
                "application/stix+json"));
        var event = json(get("/api/cert/shares/" + withdrawn + ".misp.json", OFFICER_ELSEWHERE, "*/*"));

        ExportSchemas.assertValidStix(bundle);
        ExportSchemas.assertValidMisp(event);
        assertThat(StixBundlesTest.ofType(bundle, "report").get(0).get("revoked").asBoolean()).isTrue();
        assertThat(StixBundlesTest.ofType(bundle, "indicator")).isEmpty();
        assertThat(event.get("Event").get("Attribute")).isEmpty();
        assertThat(bundle.toString() + event).doesNotContain(WITHDRAWN_ADDRESS, "Soon withdrawn");
    }
}
