package eu.vigil.notifier.register;

/** A filter of the register that is not one it knows; names the query parameter and what it accepts. */
public class BadRegisterFilterException extends RuntimeException {

    private final String parameter;
    private final String value;

    BadRegisterFilterException(String parameter, String value, String accepted) {
        super("must be " + accepted);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
