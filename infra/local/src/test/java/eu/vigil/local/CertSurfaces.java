package eu.vigil.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Every surface the sector CERT reads, and how its client reaches each: for the tests that nothing leaks onto them. */
final class CertSurfaces {

    // the TAXII collection of the TLP:AMBER shares (docs/taxii.md)
    static final String TAXII_AMBER = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e03";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CertSurfaces() {
    }

    /** The feed page, its APIs and exports, the correlation and alerts, TAXII and the sector trends. */
    static List<String> paths() {
        return List.of("/cert/feed", "/api/cert/feed", "/api/cert/correlations", "/api/cert/alerts",
                "/api/cert/feed.stix", "/api/cert/feed.misp.json", "/api/cert/feed.csv",
                "/taxii2/cert/collections/" + TAXII_AMBER + "/objects/?limit=500",
                "/taxii2/cert/collections/" + TAXII_AMBER + "/manifest/?limit=500",
                "/cert/trends", "/api/cert/trends", "/cert/trends.csv?table=weekly", "/cert/trends.csv?table=impact",
                "/cert/trends.csv?table=timeliness");
    }

    record Body(int status, String text) {
    }

    // the APIs and TAXII through the gateway, as their clients reach them; the pages straight from their service,
    // since the gateway sends a client without a browser session to the login page
    static Body get(RunningStack stack, String serviceUrl, String path, String client) throws Exception {
        boolean page = !path.startsWith("/api/") && !path.startsWith("/taxii2/");
        var request = HttpRequest.newBuilder(URI.create((page ? serviceUrl : stack.gatewayUrl()) + path))
                .header("Authorization", stack.bearer(client))
                .header("Accept", path.startsWith("/taxii2/") ? "application/taxii+json;version=2.1" : "*/*")
                .GET().build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Body(response.statusCode(), response.body());
    }

    /** A page or API of query-service, where the CERT's surfaces are. */
    static Body get(RunningStack stack, String path, String client) throws Exception {
        return get(stack, stack.queryServiceUrl(), path, client);
    }
}
