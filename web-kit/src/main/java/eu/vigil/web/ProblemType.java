package eu.vigil.web;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * The catalogue of problem types that every service and the gateway answer with (RFC 9457), each with its status
 * and stable title. A rule of a domain (an incident's, an obligation's) answers {@code urn:vigil:problem:<rule code>}
 * with 409 or 422; those codes are listed in docs/problems.md beside these.
 */
public enum ProblemType {

    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request",
            "The request is not what this address reads; the problem names what to correct."),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request",
            "Some fields are not valid; each is listed in errors with what to correct."),
    REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST, "Request rejected",
            "The address or its encoding is not allowed (an encoded slash, semicolon or NUL, for example)."),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required",
            "Log in at the Vigil gateway, or send a valid bearer token from the trusted identity provider."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed for your role",
            "Your role does not allow this request; ask an administrator if you need it."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found",
            "Nothing is at this address; check the link, or start from the home page."),
    INCIDENT_NOT_FOUND("incident-not-found", HttpStatus.NOT_FOUND, "Incident not found",
            "Your hospital has no incident with this id; check the link, or find the incident in the list."),
    OBLIGATION_NOT_FOUND("obligation-not-found", HttpStatus.NOT_FOUND, "Obligation not found",
            "Your hospital has no obligation with this id; the list is on the deadline board."),
    DEAD_LETTER_NOT_FOUND("dead-letter-not-found", HttpStatus.NOT_FOUND, "Dead letter not found",
            "No record is parked under this id; the parked records are listed at /api/dead-letters."),
    READ_MODEL_NOT_FOUND("read-model-not-found", HttpStatus.NOT_FOUND, "Read model not found",
            "This service has no read model of this name; GET /api/read-models lists those it has."),
    TAXII_NOT_FOUND("taxii-not-found", HttpStatus.NOT_FOUND, "TAXII collection or object not found",
            "No collection or object you may read has this id; GET /taxii2/cert/collections/ lists yours."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "This address does not accept this method; the Allow header lists those it does."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "This address cannot answer in a form the Accept header allows; ask for application/json."),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict",
            "The request conflicts with the current state; reload and try again."),
    REPLAY_FAILED("replay-failed", HttpStatus.CONFLICT, "Replay failed",
            "The record failed again and stays parked with the new reason; fix its cause, then replay it again."),
    REBUILD_RUNNING("rebuild-running", HttpStatus.CONFLICT, "Rebuild running",
            "This read model is being rebuilt already; follow its progress at the Location given, then start again."),
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
            "The request body is larger than this address accepts; shorten the text or split the change."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "This address reads another content type; send application/json."),
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
            "The request headers are larger than Vigil accepts; drop unneeded cookies or headers."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Vigil could not complete the request and recorded nothing; try again, and tell an administrator if it persists."),
    NOT_RECORDED("not-recorded", HttpStatus.SERVICE_UNAVAILABLE, "Not recorded",
            "The change could not be recorded, and nothing was; try again in a moment."),
    BAD_GATEWAY("bad-gateway", HttpStatus.BAD_GATEWAY, "Service answered badly",
            "A Vigil service answered in a way the gateway could not use; try again in a moment."),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
            "A Vigil service is not reachable at the moment; try again shortly."),
    GATEWAY_TIMEOUT("gateway-timeout", HttpStatus.GATEWAY_TIMEOUT, "Service did not answer in time",
            "A Vigil service did not answer in time; try again shortly.");

    private static final String PREFIX = "urn:vigil:problem:";

    private final String code;
    private final HttpStatus status;
    private final String title;
    private final String detail;

    ProblemType(String code, HttpStatus status, String title, String detail) {
        this.code = code;
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public URI uri() {
        return uri(code);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What the caller can do, where nothing more precise is known. */
    public String detail() {
        return detail;
    }

    /** The type of a domain rule's problem, or of one in this catalogue, by its code. */
    public static URI uri(String code) {
        return URI.create(PREFIX + code);
    }

    /** The general type for a status that no more precise problem explains. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> INVALID_REQUEST;
            case 431 -> HEADERS_TOO_LARGE;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
