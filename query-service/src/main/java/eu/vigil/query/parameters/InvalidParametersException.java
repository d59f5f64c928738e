package eu.vigil.query.parameters;

import java.util.List;

/** Query parameters that cannot be read (of a list, a feed): each names the parameter and what it must be. */
public class InvalidParametersException extends RuntimeException {

    /** @param value the refused value, for a short echo */
    public record Problem(String parameter, String message, String value) {
    }

    private final List<Problem> problems;

    public InvalidParametersException(List<Problem> problems) {
        super("Invalid parameters: "
                + problems.stream().map(Problem::parameter).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
