package eu.vigil.query.feed.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncident;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.query.feed.export.FeedCsv;
import eu.vigil.query.feed.export.MispEvents;
import eu.vigil.query.feed.export.StixBundles;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The CERT feed for threat-intelligence tools: a page of the feed (the filters and paging of {@code /api/cert/feed})
 * or one share, as a STIX 2.1 bundle, MISP events or CSV. Each reader exports exactly what the JSON feed shows them;
 * a share they may not read answers 404, as one that does not exist.
 */
@RestController
class FeedExportApiController {

    static final MediaType STIX = MediaType.parseMediaType("application/stix+json;version=2.1");

    private final SharedIncidents feed;

    FeedExportApiController(SharedIncidents feed) {
        this.feed = feed;
    }

    @Bean
    static EndpointRules feedExportApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/cert/feed.stix", "/api/cert/feed.misp.json",
                "/api/cert/feed.csv", "/api/cert/shares/*.stix", "/api/cert/shares/*.misp.json").authenticated();
    }

    @GetMapping("/api/cert/feed.stix")
    ResponseEntity<ObjectNode> feedAsStix(FeedFilter filter, @AuthenticationPrincipal VigilUser user,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return stix(StixBundles.bundle(page(filter, user)), accept);
    }

    @GetMapping("/api/cert/shares/{incidentId}.stix")
    ResponseEntity<ObjectNode> shareAsStix(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user,
                                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return stix(StixBundles.bundle(List.of(share(incidentId, user))), accept);
    }

    @GetMapping(value = "/api/cert/feed.misp.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode feedAsMisp(FeedFilter filter, @AuthenticationPrincipal VigilUser user) {
        return MispEvents.response(page(filter, user));
    }

    @GetMapping(value = "/api/cert/shares/{incidentId}.misp.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode shareAsMisp(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user) {
        return MispEvents.event(share(incidentId, user));
    }

    /** One row per share and indicator; the columns are {@link FeedCsv#HEADER}. */
    @GetMapping("/api/cert/feed.csv")
    void feedAsCsv(FeedFilter filter, @AuthenticationPrincipal VigilUser user, HttpServletResponse response)
            throws IOException {
        var shares = page(filter, user); // a refused filter answers its problem before the download starts
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("cert-feed.csv").build().toString());
        FeedCsv.write(new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)),
                shares);
    }

    private List<SharedIncident> page(FeedFilter filter, VigilUser user) {
        return feed.page(FeedAudience.of(user), filter.toQuery(ZoneOffset.UTC)).items();
    }

    private SharedIncident share(UUID incidentId, VigilUser user) {
        return feed.share(FeedAudience.of(user), incidentId)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
    }

    // STIX's own media type, unless the caller asks for plain JSON and not for it
    private static ResponseEntity<ObjectNode> stix(ObjectNode bundle, String accept) {
        var types = accept == null ? List.<MediaType>of() : MediaType.parseMediaTypes(accept);
        boolean json = types.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)
                && types.stream().noneMatch(type -> type.getSubtype().equals("stix+json"));
        return ResponseEntity.ok().contentType(json ? MediaType.APPLICATION_JSON : STIX).body(bundle);
    }
}
