package eu.vigil.query.register;

import java.util.List;

/** Parameters of the incident list that cannot be read: each names the parameter and what it must be. */
public class InvalidIncidentQueryException extends RuntimeException {

    /** @param value the refused value, for a short echo */
    public record Problem(String parameter, String message, String value) {
    }

    private final List<Problem> problems;

    public InvalidIncidentQueryException(List<Problem> problems) {
        super("Invalid incident list parameters: "
                + problems.stream().map(Problem::parameter).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
