package eu.vigil.command.hospital;

import eu.vigil.contracts.HospitalId;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A hospital served by this installation.
 *
 * @param country  ISO 3166-1 alpha-2 code: decides which national deadline rules apply
 * @param timeZone where deadlines are shown to its staff
 * @param language ISO 639-1 code of its authorities' language
 */
public record Hospital(HospitalId id, String name, String country, ZoneId timeZone, Locale language) {
}
