package eu.vigil.notifier.authority;

/** An authority file that cannot be read or breaks a rule of the catalogue; the notifier does not start with it. */
public class InvalidAuthorityFileException extends RuntimeException {

    InvalidAuthorityFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
