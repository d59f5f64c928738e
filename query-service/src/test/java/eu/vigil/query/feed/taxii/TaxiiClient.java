package eu.vigil.query.feed.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.query.feed.export.ExportSchemas;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A TAXII 2.1 client written from the specification alone, as MISP or OpenCTI read a server: it asks for TAXII's media
 * type, follows {@code next} until {@code more} is false and checks each envelope on the way.
 */
final class TaxiiClient {

    static final String TAXII = "application/taxii+json;version=2.1";
    // the ids the server's collections keep for good, written out as a reader configures them
    static final String CLEAR_COLLECTION = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e01";
    static final String AMBER_COLLECTION = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e03";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String bearer;
    /** Every body this client received, for the checks that look at all of them. */
    final List<String> bodies = new ArrayList<>();

    TaxiiClient(TestRestTemplate http, String bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    ResponseEntity<String> get(String url, String accept) {
        var headers = new HttpHeaders();
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        headers.set(HttpHeaders.ACCEPT, accept);
        var answer = http.exchange(url.startsWith("http") ? URI.create(url) : URI.create(http.getRootUri() + url),
                HttpMethod.GET, new HttpEntity<>(headers), String.class);
        bodies.add(answer.getBody());
        return answer;
    }

    JsonNode read(String url) {
        var answer = get(url, TAXII);
        assertThat(answer.getStatusCode().value()).as("%s: %s", url, answer.getBody()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).hasToString(TAXII);
        return json(answer);
    }

    /** Each page of an objects or manifest address, following {@code next}; the query as a map of parameters. */
    List<JsonNode> pages(String url, Map<String, String> query) {
        var pages = new ArrayList<JsonNode>();
        String next = null;
        do {
            var uri = UriComponentsBuilder.fromUriString(url);
            query.forEach(uri::queryParam);
            if (next != null) {
                uri.queryParam("next", next);
            }
            var answer = get(uri.encode().build().toUriString(), TAXII);
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            var page = json(answer);
            int count = page.path("objects").size();
            assertThat(count).as("a page holds at most limit objects")
                    .isLessThanOrEqualTo(Integer.parseInt(query.getOrDefault("limit", "100")));
            if (count > 0) {
                assertThat(answer.getHeaders().getFirst("X-TAXII-Date-Added-First")).isNotBlank();
                assertThat(answer.getHeaders().getFirst("X-TAXII-Date-Added-Last")).isNotBlank();
            }
            assertThat(page.path("more").asBoolean()).isEqualTo(page.has("next"));
            pages.add(page);
            next = page.path("next").asText(null);
            assertThat(pages).as("pages of %s", url).hasSizeLessThan(200);
        } while (next != null);
        return pages;
    }

    /** The objects of every page of a collection, each envelope's objects valid STIX 2.1. */
    Map<String, JsonNode> objects(String collectionUrl, Map<String, String> query) {
        var objects = new LinkedHashMap<String, JsonNode>();
        for (var page : pages(collectionUrl + "objects/", query)) {
            if (page.has("objects")) {
                ExportSchemas.assertValidStix(asBundle(page.get("objects")));
            }
            page.path("objects").forEach(object -> {
                var earlier = objects.put(object.get("id").asText(), object);
                assertThat(earlier == null || earlier.equals(object)).as("the same version of %s", object.get("id"))
                        .isTrue();
            });
        }
        return objects;
    }

    static ObjectNode asBundle(JsonNode objects) {
        var bundle = JSON.createObjectNode().put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
        bundle.set("objects", objects);
        return bundle;
    }

    static JsonNode json(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new AssertionError(answer.toString(), e);
        }
    }
}
