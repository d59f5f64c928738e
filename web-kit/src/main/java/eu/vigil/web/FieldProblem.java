package eu.vigil.web;

/**
 * One bad part of a request, as listed in a problem's {@code errors}.
 *
 * @param pointer an RFC 6901 JSON pointer into the body ({@code /medicalDevices/0/type}), or the name of a path,
 *                query or header parameter
 * @param message what is wrong with it, in the caller's language where the service has it
 */
public record FieldProblem(String pointer, String message) {
}
