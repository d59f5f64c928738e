package eu.vigil.query.feed.taxii;

import eu.vigil.query.feed.ThreeHospitalShares;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TAXII 2.1 server's protocol on the real projection: the {@code added_after} and {@code match} filters, one
 * object by id, the media types it answers in, and the problems of a refused media type or an edited {@code next}.
 */
class TaxiiProtocolIT extends ThreeHospitalShares {

    private static final String CLEAR = TaxiiClient.CLEAR_COLLECTION;
    private static final String AMBER = TaxiiClient.AMBER_COLLECTION;

    @Test
    void givenAddedAfterAndMatchWhenTheCertPullsThenOnlyLaterObjectsOfTheAskedTypesOrIdCome() {
        var client = new TaxiiClient(http, CERT);
        String clear = "/taxii2/cert/collections/" + CLEAR + "/";
        var all = client.objects(clear, Map.of("added_after", SINCE));

        var later = client.get(clear + "objects/?added_after=" + BASE.plus(Duration.ofMinutes(2)), TaxiiClient.TAXII);
        assertThat(TaxiiClient.json(later).get("objects")).extracting(object -> object.path("name").asText())
                .contains("Withdrawn share").doesNotContain("Open clear one", "Open clear two", "Phishing wave");
        assertThat(later.getHeaders().getFirst("X-TAXII-Date-Added-First")).isEqualTo("2031-07-01T10:04:00.000000Z");
        var indicators = client.objects(clear, Map.of("added_after", SINCE, "match[type]", "indicator",
                "limit", "2"));
        assertThat(indicators.keySet()).isNotEmpty().allMatch(id -> id.startsWith("indicator--"))
                .isEqualTo(all.keySet().stream().filter(id -> id.startsWith("indicator--"))
                        .collect(Collectors.toSet()));
        String report = all.keySet().stream().filter(id -> id.startsWith("report--")).findFirst().orElseThrow();
        var one = client.read(clear + "objects/" + report + "/");
        assertThat(one.get("objects")).singleElement().isEqualTo(all.get(report));
        assertThat(client.get(clear + "objects/report--" + UUID.randomUUID() + "/", TaxiiClient.TAXII)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void givenTheMediaTypesWhenAskedThenTaxiiIsAnsweredAndAnyOtherIsA406ProblemWithTaxiiErrorFields() {
        var client = new TaxiiClient(http, CERT);
        assertThat(client.get("/taxii2/", "application/taxii+json").getHeaders().getContentType())
                .hasToString(TaxiiClient.TAXII);
        for (String accept : List.of("application/xml", "application/taxii+json;version=2.0")) {
            var refused = client.get("/taxii2/cert/", accept);
            assertThat(refused.getStatusCode().value()).isEqualTo(406);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            var problem = TaxiiClient.json(refused);
            assertThat(problem.get("type").asText()).isEqualTo("urn:vigil:problem:not-acceptable");
            assertThat(problem.get("http_status").asText()).isEqualTo("406");
            assertThat(problem.get("description").asText()).isEqualTo(problem.get("detail").asText());
        }
        assertThat(new TaxiiClient(http, null).get("/taxii2/", TaxiiClient.TAXII).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void givenAnEditedOrForeignNextWhenPagingThenItIsA400ProblemNamingNext() {
        var client = new TaxiiClient(http, CERT);
        var first = client.read("/taxii2/cert/collections/" + CLEAR + "/objects/?limit=1&added_after=" + SINCE);
        String next = first.get("next").asText();
        String edited = (next.charAt(0) == 'A' ? 'B' : 'A') + next.substring(1);
        for (String path : List.of(CLEAR + "/objects/?next=" + edited, AMBER + "/objects/?next=" + next,
                CLEAR + "/manifest/?next=not-a-cursor")) {
            var refused = client.get("/taxii2/cert/collections/" + path, TaxiiClient.TAXII);
            var problem = TaxiiClient.json(refused);
            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("next");
            assertThat(problem.get("http_status").asText()).isEqualTo("400");
        }
    }
}
