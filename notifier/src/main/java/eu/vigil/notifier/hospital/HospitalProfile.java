package eu.vigil.notifier.hospital;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.rules.EuZones;

import java.time.ZoneId;
import java.util.List;

/**
 * @param country                 ISO 3166-1 alpha-2: decides which national deadline rules apply
 * @param nis2Authority           the CSIRT or competent authority the NIS2 reports go to
 * @param dataProtectionAuthority the supervisory authority under GDPR Art. 55/56
 * @param fourEyesApproval        a report's draft is approved only by two different people with the DPO role
 */
public record HospitalProfile(HospitalId hospitalId, String country, ZoneId timeZone, String nis2Authority,
                              String dataProtectionAuthority, String dpoEmail, String securityOfficerEmail,
                              boolean fourEyesApproval) {

    /** A profile where one DPO approves a draft. */
    public HospitalProfile(HospitalId hospitalId, String country, ZoneId timeZone, String nis2Authority,
                           String dataProtectionAuthority, String dpoEmail, String securityOfficerEmail) {
        this(hospitalId, country, timeZone, nis2Authority, dataProtectionAuthority, dpoEmail, securityOfficerEmail,
                false);
    }

    /**
     * A hospital nobody configured yet: the EU baselines, with no authority named and nobody to mail, in the zone
     * {@link EuZones#PROFILE_MISSING}: a period in calendar days ends at the earliest instant any member state's zone
     * allows (never in UTC, which is up to three hours late for a hospital east of it).
     */
    public static HospitalProfile unconfigured(HospitalId hospitalId) {
        return new HospitalProfile(hospitalId, "EU", EuZones.PROFILE_MISSING, null, null, null, null);
    }

    public boolean configured() {
        return nis2Authority != null;
    }

    /** Who is reminded of a deadline: the DPO and the security officer. */
    public List<String> reminderRecipients() {
        return configured() ? List.of(dpoEmail, securityOfficerEmail) : List.of();
    }
}
