package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser with its cookie jar, one for every port of localhost as for one address, following no redirect by
 * itself: a test walks the OIDC login's redirects through the gateway and {@link StubIssuer}.
 */
final class Browser {

    /** Where the provider sends the browser back, and what the gateway asked it to keep. */
    record Authorization(String redirectUri, String state, String nonce) {}

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Asks the gateway for a page, is sent to its login and from there to the provider's authorization. */
    Authorization startLogin(String gatewayUrl, String page) {
        var toLogin = get(gatewayUrl + page, "Accept", "text/html");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        var toProvider = get(toLogin.headers().firstValue("Location").orElseThrow());
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(StubIssuer.url() + "/oauth2/authorize?");
        var query = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        return new Authorization(decoded(query.getFirst("redirect_uri")), query.getFirst("state"),
                decoded(query.getFirst("nonce")));
    }

    /** The provider's redirect back after the user logged in: {@code callbackUrl?code=...&state=...}. */
    HttpResponse<String> returnFromProvider(String callbackUrl, String code, Authorization authorization,
                                            String... headers) {
        return get(callbackUrl + "?code=" + code + "&state=" + authorization.state(), headers);
    }

    HttpResponse<String> get(String url, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
