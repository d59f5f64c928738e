package eu.vigil.web;

import java.io.IOException;

/** A request body went past the limit while it was read (a body sent without its length). */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
    }
}
