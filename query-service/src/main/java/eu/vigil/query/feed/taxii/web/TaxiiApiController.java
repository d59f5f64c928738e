package eu.vigil.query.feed.taxii.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.taxii.TaxiiCollection;
import eu.vigil.query.feed.taxii.TaxiiCursors;
import eu.vigil.query.feed.taxii.TaxiiNotFoundException;
import eu.vigil.query.feed.taxii.TaxiiObjects;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilUser;
import eu.vigil.web.WebKitProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The CERT feed as a read-only TAXII 2.1 server (OASIS TAXII 2.1, section 4 and 5): discovery, one API root
 * ({@code cert}), its collections ({@link TaxiiCollection}), their objects, an object and their manifest. Any
 * logged-in user (bearer token) reads the collections of the labels they read; a collection they may not read is a
 * 404, as TAXII asks ("not found, or the client does not have access"): a 403 would tell who may not read it that
 * it exists and what it is.
 */
@RestController
class TaxiiApiController {

    static final MediaType TAXII = MediaType.parseMediaType("application/taxii+json;version=2.1");
    static final String STIX = "application/stix+json;version=2.1";
    static final String ROOT = "/taxii2/cert/";
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern OBJECT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,249}--[0-9a-f-]{36}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TaxiiObjects objects;
    private final TaxiiCursors cursors;
    private final WebKitProperties limits;
    private final String url;
    private final String contact;

    TaxiiApiController(TaxiiObjects objects, TaxiiCursors cursors, WebKitProperties limits,
                       @Value("${vigil.taxii.url:}") String url,
                       @Value("${vigil.taxii.contact:The sector CERT's coordinators}") String contact) {
        this.objects = objects;
        this.cursors = cursors;
        this.limits = limits;
        this.url = url;
        this.contact = contact;
    }

    @Bean
    static EndpointRules taxiiApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/taxii2/**").authenticated();
    }

    @GetMapping("/taxii2/")
    ResponseEntity<ObjectNode> discovery(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TaxiiMediaTypes.negotiate(accept);
        String root = url.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT).toUriString()
                : url.replaceAll("/*$", "") + ROOT;
        var discovery = JSON.objectNode().put("title", "Vigil HealthCERT feed")
                .put("description", "The incidents hospitals share with the sector CERT, as STIX 2.1")
                .put("contact", contact).put("default", root);
        discovery.putArray("api_roots").add(root);
        return taxii(discovery);
    }

    @GetMapping(ROOT)
    ResponseEntity<ObjectNode> apiRoot(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TaxiiMediaTypes.negotiate(accept);
        var root = JSON.objectNode().put("title", "HealthCERT shares")
                .put("description", "One read-only collection per TLP label; TLP:RED is never shared");
        root.putArray("versions").add(TAXII.toString());
        root.put("max_content_length", limits.maxBodyBytes(ROOT));
        return taxii(root);
    }

    @GetMapping(ROOT + "collections/")
    ResponseEntity<ObjectNode> collections(@AuthenticationPrincipal VigilUser user,
                                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TaxiiMediaTypes.negotiate(accept);
        var audience = FeedAudience.of(user);
        var body = JSON.objectNode();
        var list = body.putArray("collections");
        Arrays.stream(TaxiiCollection.values()).filter(collection -> collection.readableBy(audience))
                .forEach(collection -> list.add(describe(collection)));
        return taxii(body);
    }

    @GetMapping(ROOT + "collections/{collectionId}/")
    ResponseEntity<ObjectNode> collection(@PathVariable String collectionId, @AuthenticationPrincipal VigilUser user,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TaxiiMediaTypes.negotiate(accept);
        return taxii(describe(readable(collectionId, user)));
    }

    @GetMapping(ROOT + "collections/{collectionId}/objects/")
    ResponseEntity<ObjectNode> objects(@PathVariable String collectionId, @AuthenticationPrincipal VigilUser user,
                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       HttpServletRequest request) {
        return envelope(pageOf(collectionId, user, accept, request), TaxiiObjects.Entry::object);
    }

    @GetMapping(ROOT + "collections/{collectionId}/objects/{objectId}/")
    ResponseEntity<ObjectNode> object(@PathVariable String collectionId, @PathVariable String objectId,
                                      @AuthenticationPrincipal VigilUser user,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      HttpServletRequest request) {
        TaxiiMediaTypes.negotiate(accept);
        var collection = readable(collectionId, user);
        if (!OBJECT_ID.matcher(objectId).matches()) {
            throw new TaxiiNotFoundException("Object");
        }
        var asked = TaxiiParameters.read(request, collection, cursors);
        var match = new TaxiiObjects.Match(Set.of(objectId), asked.match().types(), asked.match().specVersions());
        var page = objects.page(FeedAudience.of(user), collection, asked.addedAfter(), asked.next(), match,
                asked.limit());
        if (page.entries().isEmpty() && !asked.narrowed()) {
            throw new TaxiiNotFoundException("Object");
        }
        return envelope(page, TaxiiObjects.Entry::object);
    }

    @GetMapping(ROOT + "collections/{collectionId}/manifest/")
    ResponseEntity<ObjectNode> manifest(@PathVariable String collectionId, @AuthenticationPrincipal VigilUser user,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) {
        return envelope(pageOf(collectionId, user, accept, request), entry -> JSON.objectNode().put("id", entry.id())
                .put("date_added", MICROS.format(entry.dateAdded())).put("version", entry.version())
                .put("media_type", STIX));
    }

    // the objects endpoint's page and the manifest's are the same page, told differently
    private TaxiiObjects.Page pageOf(String collectionId, VigilUser user, String accept, HttpServletRequest request) {
        TaxiiMediaTypes.negotiate(accept);
        var collection = readable(collectionId, user);
        var asked = TaxiiParameters.read(request, collection, cursors);
        return objects.page(FeedAudience.of(user), collection, asked.addedAfter(), asked.next(), asked.match(),
                asked.limit());
    }

    private static TaxiiCollection readable(String collectionId, VigilUser user) {
        return TaxiiCollection.readable(collectionId, FeedAudience.of(user))
                .orElseThrow(() -> new TaxiiNotFoundException("Collection"));
    }

    private static ObjectNode describe(TaxiiCollection collection) {
        var described = JSON.objectNode().put("id", collection.id().toString()).put("title", collection.title())
                .put("description", collection.description()).put("alias", collection.alias())
                .put("can_read", true).put("can_write", false);
        described.putArray("media_types").add(STIX);
        return described;
    }

    /** The TAXII envelope, and the instants the first and the last object of the page were added. */
    private static ResponseEntity<ObjectNode> envelope(TaxiiObjects.Page page,
                                                       Function<TaxiiObjects.Entry, ObjectNode> as) {
        var envelope = JSON.objectNode().put("more", page.more());
        if (page.next() != null) {
            envelope.put("next", page.next());
        }
        var response = ResponseEntity.ok().contentType(TAXII);
        if (!page.entries().isEmpty()) {
            var list = envelope.putArray("objects");
            page.entries().forEach(entry -> list.add(as.apply(entry)));
            response.header("X-TAXII-Date-Added-First", MICROS.format(page.entries().get(0).dateAdded()))
                    .header("X-TAXII-Date-Added-Last", MICROS.format(
                            page.entries().get(page.entries().size() - 1).dateAdded()));
        }
        return response.body(envelope);
    }

    private static ResponseEntity<ObjectNode> taxii(ObjectNode body) {
        return ResponseEntity.ok().contentType(TAXII).body(body);
    }
}
