package eu.vigil.notifier.hospital.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.rules.EuZones;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.DateTimeException;
import java.time.ZoneId;

record HospitalProfileRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BE") String country,
        @NotBlank @ShortText(max = 64) String timeZone,
        @NotBlank @ShortText(max = 200) String nis2Authority,
        @NotBlank @ShortText(max = 200) String dataProtectionAuthority,
        @NotBlank @ShortText(max = 254) @Email String dpoEmail,
        @NotBlank @ShortText(max = 254) @Email String securityOfficerEmail,
        Boolean fourEyesApproval) {

    @AssertTrue(message = "timeZone must be an IANA time zone such as Europe/Brussels")
    boolean isKnownTimeZone() {
        if (timeZone == null) {
            return true; // @NotBlank reports it
        }
        try {
            return !EuZones.PROFILE_MISSING_ID.equals(timeZone) && ZoneId.of(timeZone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    HospitalProfile toProfile(HospitalId hospital) {
        return new HospitalProfile(hospital, country, ZoneId.of(timeZone), nis2Authority.strip(),
                dataProtectionAuthority.strip(), dpoEmail.strip(), securityOfficerEmail.strip(),
                Boolean.TRUE.equals(fourEyesApproval));
    }
}
