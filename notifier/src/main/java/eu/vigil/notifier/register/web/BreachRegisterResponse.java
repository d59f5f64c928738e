package eu.vigil.notifier.register.web;

import java.util.List;

/**
 * The register as filtered.
 *
 * @param year   the filter's year; null for every year
 * @param status the filter's status code; null for every status
 */
record BreachRegisterResponse(Integer year, String status, List<BreachEntryResponse> breaches) {
}
