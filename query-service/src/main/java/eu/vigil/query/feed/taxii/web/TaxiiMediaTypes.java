package eu.vigil.query.feed.taxii.web;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.List;

/**
 * TAXII 2.1's content negotiation: the server answers {@code application/taxii+json;version=2.1}, to a client that
 * accepts it (without a version, TAXII's latest, which is 2.1), any type, or plain JSON (a browser, curl); to any
 * other Accept it answers 406.
 */
final class TaxiiMediaTypes {

    private TaxiiMediaTypes() {
    }

    static void negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new NotAcceptableException();
        }
        if (types.stream().noneMatch(TaxiiMediaTypes::honoured)) {
            throw new NotAcceptableException();
        }
    }

    private static boolean honoured(MediaType type) {
        if (type.getQualityValue() == 0) {
            return false;
        }
        if (type.isWildcardType() || (type.getType().equals("application") && (type.isWildcardSubtype()
                || type.getSubtype().equals("json")))) {
            return true;
        }
        String version = type.getParameter("version");
        return type.getType().equals("application") && type.getSubtype().equals("taxii+json")
                && (version == null || version.equals("2.1"));
    }

    /** An Accept header that allows no form this server answers in. */
    static final class NotAcceptableException extends RuntimeException {

        NotAcceptableException() {
            super("Accept allows no TAXII 2.1 media type");
        }
    }
}
