package eu.vigil.notifier.obligation;

import eu.vigil.web.ProblemType;

/**
 * A receipt file refused at the edge, before anything is recorded: too large, of a type not accepted, whose bytes are
 * not of the type it declares, or under a name that could mislead.
 *
 * @param reason names the refusal: the message key {@code receipt.refused.<reason>} says it to the reader
 * @param part   which part of the upload is at fault: {@code name}, {@code type} or {@code content}
 */
public class ReceiptRefusedException extends RuntimeException {

    private final ProblemType type;
    private final String reason;
    private final String part;

    ReceiptRefusedException(ProblemType type, String reason, String part) {
        super("receipt refused: " + reason);
        this.type = type;
        this.reason = reason;
        this.part = part;
    }

    public ProblemType type() {
        return type;
    }

    public String reason() {
        return reason;
    }

    public String part() {
        return part;
    }
}
