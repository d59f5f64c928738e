package eu.vigil.notifier.web;

/** One bad request parameter, as listed in a problem's {@code errors}. */
record ParameterError(String parameter, String message) {
}
