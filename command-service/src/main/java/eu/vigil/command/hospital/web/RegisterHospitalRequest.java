package eu.vigil.command.hospital.web;

import eu.vigil.web.ShortText;
import eu.vigil.command.hospital.Hospital;
import eu.vigil.contracts.HospitalId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.ZoneId;
import java.util.Locale;

record RegisterHospitalRequest(
        @NotBlank @ShortText(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BE") String country,
        @NotBlank @ValidTimeZone String timeZone,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as nl") String language) {

    Hospital toHospital(HospitalId id) {
        return new Hospital(id, name.strip(), country, ZoneId.of(timeZone), Locale.forLanguageTag(language));
    }
}
