package eu.vigil.query.rebuild;

/** A rebuild could not complete; the live tables stay as they were. The message never carries record content. */
class RebuildFailedException extends RuntimeException {

    RebuildFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
