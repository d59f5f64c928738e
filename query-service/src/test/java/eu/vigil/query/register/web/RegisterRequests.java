package eu.vigil.query.register.web;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;

/** A GET of the register's pages and API as a browser or a client sends it: a token, a type accepted, a language. */
final class RegisterRequests {

    private RegisterRequests() {
    }

    static <T> ResponseEntity<T> get(TestRestTemplate http, String url, String token, MediaType accept, Class<T> type,
                                     Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(accept));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), type);
    }
}
