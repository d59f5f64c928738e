package eu.vigil.notifier.authority;

/** A DPO's value that cannot stand for the fact, such as a language that is not an ISO 639-1 code. */
public class FactValueRefusedException extends RuntimeException {

    private final String reason;

    FactValueRefusedException(FactName fact, String reason) {
        super(fact.code() + " " + reason);
        this.reason = reason;
    }

    /** What is wrong with the value, without the value itself. */
    public String reason() {
        return reason;
    }
}
