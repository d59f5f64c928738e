package eu.vigil.command.web;

import java.net.URI;

/** The {@code type} of every problem this service answers with; each is listed in the module README. */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("urn:vigil:problem:invalid-request");
    public static final URI MALFORMED_REQUEST = URI.create("urn:vigil:problem:malformed-request");
    public static final URI UNKNOWN_INCIDENT = URI.create("urn:vigil:problem:unknown-incident");
    // The incident's rules answer with urn:vigil:problem:<code of the IncidentRuleException>, listed in the README.
    public static final URI UNKNOWN_HOSPITAL = URI.create("urn:vigil:problem:unknown-hospital");

    private ProblemTypes() {
    }
}
