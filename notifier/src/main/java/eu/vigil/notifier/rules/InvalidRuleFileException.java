package eu.vigil.notifier.rules;

/** A rule file that cannot be used: the message names the file, the rule and what is wrong with it. */
public class InvalidRuleFileException extends RuntimeException {

    public InvalidRuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
