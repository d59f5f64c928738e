package eu.vigil.command.hospital;

import eu.vigil.contracts.HospitalId;

import java.util.Optional;

/** The country of a served hospital, as its directory entry gives it; a share of the hospital's incident carries it. */
public interface HospitalCountries {

    /** @return the ISO 3166-1 alpha-2 code; empty for a hospital the directory does not hold */
    Optional<String> countryOf(HospitalId hospital);
}
