package eu.vigil.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.stream.Collectors;

/** Builds the problems of the catalogue, the same way in every service and in the gateway. */
public final class Problems {

    /** How many characters of a rejected value an answer may echo: enough to find it, never the whole input. */
    public static final int ECHO_LIMIT = 40;
    /** How many bad fields an answer lists: a list of 500 bad elements needs no 500 lines to be corrected. */
    public static final int MOST_ERRORS = 10;

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type) {
        return of(type, type.detail());
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type.status(), type.uri().toString(), type.title(), detail);
    }

    /** A domain rule's problem: {@code urn:vigil:problem:<code>}, 409 or 422, with its own title. */
    public static ProblemDetail rule(String code, HttpStatus status, String title, String detail) {
        return of(status, ProblemType.uri(code).toString(), title, detail);
    }

    /** 400 invalid-request listing each bad field, the first {@link #MOST_ERRORS} of them. */
    public static ProblemDetail invalid(List<FieldProblem> errors) {
        var listed = errors.size() > MOST_ERRORS ? errors.subList(0, MOST_ERRORS) : errors;
        var problem = of(ProblemType.INVALID_REQUEST, listed.stream()
                .map(error -> error.pointer() + ": " + error.message())
                .collect(Collectors.joining("; ")));
        problem.setProperty("errors", List.copyOf(listed));
        if (errors.size() > MOST_ERRORS) {
            problem.setProperty("moreErrors", errors.size() - MOST_ERRORS);
        }
        return problem;
    }

    /** Names one field, with at most a short prefix of the value that was refused. */
    public static void blame(ProblemDetail problem, String pointer, String message, Object value) {
        problem.setProperty("errors", List.of(new FieldProblem(pointer, message)));
        if (value != null) {
            problem.setProperty("value", echo(value.toString()));
        }
    }

    /** At most {@link #ECHO_LIMIT} characters of a rejected value, control characters shown as their code. */
    public static String echo(String value) {
        String prefix = value.length() > ECHO_LIMIT ? value.substring(0, ECHO_LIMIT) + "…" : value;
        var shown = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            if (TextRules.isControl(c) || TextRules.isBidiControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** A property path as Bean Validation and Spring name it ({@code devices[0].type}) as a JSON pointer. */
    public static String pointer(String propertyPath) {
        if (propertyPath == null || propertyPath.isEmpty()) {
            return "";
        }
        var pointer = new StringBuilder();
        for (String part : propertyPath.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    /** The problem as a map, for code that writes a response itself (filters, entry points, the gateway). */
    public static java.util.Map<String, Object> asMap(ProblemDetail problem) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    private static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create(type));
        problem.setTitle(title);
        return problem;
    }
}
