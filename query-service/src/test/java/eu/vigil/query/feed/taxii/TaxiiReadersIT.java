package eu.vigil.query.feed.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.query.feed.ThreeHospitalShares;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each reader pulls from the TAXII 2.1 server, with a client written from the specification: page by page,
 * exactly the STIX objects the feed's STIX export gives them, in the collections of the labels they read; TLP:RED
 * and a pseudonymous hospital's id are in no answer.
 */
class TaxiiReadersIT extends ThreeHospitalShares {

    private static final String CLEAR = TaxiiClient.CLEAR_COLLECTION;
    private static final String AMBER = TaxiiClient.AMBER_COLLECTION;

    @Test
    void givenEachReaderWhenTheirClientPullsEveryCollectionPageByPageThenItHoldsExactlyTheirStixExport() {
        for (var reader : Map.of(CERT, "", OFFICER_OF_HIDDEN, "&tlp=clear", OFFICER_ELSEWHERE, "&tlp=clear")
                .entrySet()) {
            var client = new TaxiiClient(http, reader.getKey());
            var discovery = client.read("/taxii2/");
            String root = discovery.get("default").asText();
            assertThat(discovery.get("api_roots")).extracting(JsonNode::asText).containsExactly(root);
            assertThat(client.read(root).get("versions")).extracting(JsonNode::asText)
                    .containsExactly(TaxiiClient.TAXII);
            var pulled = new TreeMap<String, JsonNode>();
            for (var collection : client.read(root + "collections/").get("collections")) {
                assertThat(collection.get("can_read").asBoolean()).isTrue();
                assertThat(collection.get("can_write").asBoolean()).isFalse();
                String url = root + "collections/" + collection.get("id").asText() + "/";
                assertThat(client.read(url)).isEqualTo(collection);
                var objects = client.objects(url, Map.of("limit", "2", "added_after", SINCE));
                pulled.putAll(objects);
                assertThat(manifest(client, url)).as("manifest of %s", collection.get("alias"))
                        .isEqualTo(versions(objects));
            }
            var export = TaxiiClient.json(client.get("/api/cert/feed.stix?limit=200&from=" + SINCE
                    + reader.getValue(), "application/stix+json"));
            var exported = new TreeMap<String, JsonNode>();
            export.get("objects").forEach(object -> exported.put(object.get("id").asText(), object));
            assertThat(pulled).isEqualTo(exported);
            assertThat(String.join("", client.bodies)).doesNotContain(RED_VALUE, HIDDEN);
        }
    }

    @Test
    void givenTheReadersWhenTheyListTheCollectionsThenTheCertReadsEveryLabelAndOthersOnlyClear() {
        var cert = new TaxiiClient(http, CERT).read("/taxii2/cert/collections/").get("collections");
        assertThat(cert).extracting(collection -> collection.get("alias").asText())
                .containsExactly("shared-clear", "shared-green", "shared-amber", "shared-amber-strict");
        for (String officer : List.of(OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            var client = new TaxiiClient(http, officer);
            assertThat(client.read("/taxii2/cert/collections/").get("collections"))
                    .extracting(collection -> collection.get("id").asText()).containsExactly(CLEAR);
            for (String path : List.of("", "objects/", "manifest/")) {
                var hidden = client.get("/taxii2/cert/collections/" + AMBER + "/" + path, TaxiiClient.TAXII);
                var unknown = client.get("/taxii2/cert/collections/" + UUID.randomUUID() + "/" + path,
                        TaxiiClient.TAXII);
                assertThat(hidden.getStatusCode().value()).isEqualTo(404);
                assertThat(withoutInstance(hidden)).isEqualTo(withoutInstance(unknown));
            }
        }
        assertThat(new TaxiiClient(http, CERT).objects("/taxii2/cert/collections/" + AMBER + "/",
                Map.of("added_after", SINCE)).values()).extracting(object -> object.path("name").asText())
                .contains("Amber from the hidden hospital");
    }

    @Test
    void givenAPseudonymousHospitalWhenAnyonePullsThenItsIdIsInNoAnswerAndItsPseudonymIs() {
        for (String reader : List.of(CERT, OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            var client = new TaxiiClient(http, reader);
            var objects = client.objects("/taxii2/cert/collections/" + CLEAR + "/", Map.of("added_after", SINCE));
            client.pages("/taxii2/cert/collections/" + CLEAR + "/manifest/", Map.of("added_after", SINCE));
            String report = objects.values().stream().filter(object -> object.path("name").asText()
                    .equals("Phishing wave")).findFirst().orElseThrow().get("id").asText();
            client.read("/taxii2/cert/collections/" + CLEAR + "/objects/" + report + "/");
            assertThat(String.join("", client.bodies)).doesNotContain(HIDDEN).contains(pseudonyms.of(HIDDEN));
        }
    }

    private static JsonNode withoutInstance(ResponseEntity<String> problem) {
        var body = (ObjectNode) TaxiiClient.json(problem);
        body.remove("instance");
        return body;
    }

    private static List<String> manifest(TaxiiClient client, String collectionUrl) {
        var entries = new ArrayList<String>();
        client.pages(collectionUrl + "manifest/", Map.of("limit", "3", "added_after", SINCE)).forEach(page ->
                page.path("objects").forEach(entry -> {
                    assertThat(entry.get("media_type").asText()).isEqualTo("application/stix+json;version=2.1");
                    entries.add(entry.get("id").asText() + "@" + entry.get("version").asText());
                }));
        return entries.stream().distinct().toList();
    }

    private static List<String> versions(Map<String, JsonNode> objects) {
        return objects.values().stream().map(object -> object.get("id").asText() + "@"
                + object.path("modified").asText(object.path("created").asText())).toList();
    }
}
