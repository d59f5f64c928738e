package eu.vigil.command.drill.scenario;

/** A scenario file that cannot be played: the message names the file, a JSON pointer into it and what is wrong. */
public class InvalidScenarioException extends RuntimeException {

    private final String file;
    private final String pointer;

    public InvalidScenarioException(String file, String pointer, String problem, Throwable cause) {
        super("Scenario file " + file + ": " + (pointer.isEmpty() ? "the document" : pointer) + " " + problem, cause);
        this.file = file;
        this.pointer = pointer;
    }

    public String file() {
        return file;
    }

    /** RFC 6901; empty for the whole document. */
    public String pointer() {
        return pointer;
    }
}
