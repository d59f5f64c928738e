package eu.vigil.notifier.web;

import java.net.URI;

/** The {@code type} of every problem this service answers with; each is listed in the module README. */
public final class ProblemTypes {

    public static final URI MALFORMED_REQUEST = URI.create("urn:vigil:problem:malformed-request");
    public static final URI OBLIGATION_NOT_FOUND = URI.create("urn:vigil:problem:obligation-not-found");
    public static final URI INCIDENT_NOT_FOUND = URI.create("urn:vigil:problem:incident-not-found");

    private ProblemTypes() {
    }
}
