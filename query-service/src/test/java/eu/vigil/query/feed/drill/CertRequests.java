package eu.vigil.query.feed.drill;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** GET requests of one service as a caller with a bearer token, in English, asking for one media type. */
record CertRequests(TestRestTemplate http) {

    /** The answer's JSON, which must be a 200. */
    JsonNode json(String path, String token) {
        var answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token,
                MediaType.APPLICATION_JSON)), JsonNode.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The answer's body, which must be a 200. */
    String read(String path, String token, MediaType accept) {
        var answer = exchange(path, token, accept);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    ResponseEntity<String> exchange(String path, String token, MediaType accept) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, accept)), String.class);
    }

    static HttpHeaders headers(String token, MediaType accept) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(accept));
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return headers;
    }
}
