package eu.vigil.command.web;

import java.net.URI;

/** The {@code type} of every problem this service answers with; each is listed in the module README. */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("urn:vigil:problem:invalid-request");
    public static final URI MALFORMED_REQUEST = URI.create("urn:vigil:problem:malformed-request");
    public static final URI AWARENESS_IN_FUTURE = URI.create("urn:vigil:problem:awareness-in-future");
    public static final URI AWARENESS_BEFORE_DETECTION = URI.create("urn:vigil:problem:awareness-before-detection");
    public static final URI UNKNOWN_HOSPITAL = URI.create("urn:vigil:problem:unknown-hospital");

    private ProblemTypes() {
    }
}
