package eu.vigil.notifier.hospital;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.rules.EuZones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@code notification.hospital_profile}. */
@Repository
public class HospitalProfiles {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    HospitalProfiles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The hospital's profile, or the unconfigured one: an incident's clocks run whether or not it was set up. */
    public HospitalProfile of(HospitalId hospital) {
        return find(hospital).orElseGet(() -> HospitalProfile.unconfigured(hospital));
    }

    public Optional<HospitalProfile> find(HospitalId hospital) {
        return jdbc.sql("""
                        select hospital_id, country, time_zone, nis2_authority, data_protection_authority, dpo_email,
                               security_officer_email, four_eyes_approval
                          from notification.hospital_profile where hospital_id = :id""")
                .param("id", hospital.value())
                .query(HospitalProfiles::profile)
                .optional();
    }

    /**
     * The hospitals whose incidents the notifier has seen but which have no profile yet, by id: their clocks run at
     * the earliest instant any EU zone allows until an administrator sets one.
     */
    public List<HospitalId> seenWithoutProfile(int limit) {
        return jdbc.sql("""
                        select distinct s.hospital_id from notification.seen_incident s
                         where not exists (select 1 from notification.hospital_profile p
                                            where p.hospital_id = s.hospital_id)
                         order by s.hospital_id limit :limit""")
                .param("limit", limit)
                .query((row, rowNumber) -> HospitalId.of(row.getString("hospital_id")))
                .list();
    }

    /**
     * Stores the profile, then tells the running obligations of the hospital's incidents
     * ({@link HospitalProfileSaved}), which are recomputed in its zone before this returns.
     *
     * @return true when the profile was new
     */
    public boolean save(HospitalProfile profile) {
        boolean created = jdbc.sql("""
                        insert into notification.hospital_profile (hospital_id, country, time_zone, nis2_authority,
                               data_protection_authority, dpo_email, security_officer_email, four_eyes_approval)
                        values (:id, :country, :zone, :nis2, :dpa, :dpo, :officer, :fourEyes)
                        on conflict (hospital_id) do update
                           set country = excluded.country, time_zone = excluded.time_zone,
                               nis2_authority = excluded.nis2_authority,
                               data_protection_authority = excluded.data_protection_authority,
                               dpo_email = excluded.dpo_email, security_officer_email = excluded.security_officer_email,
                               four_eyes_approval = excluded.four_eyes_approval,
                               updated_at = now()
                        returning (xmax = 0) as inserted""")
                .param("id", profile.hospitalId().value())
                .param("country", profile.country())
                .param("zone", profile.timeZone().getId())
                .param("nis2", profile.nis2Authority())
                .param("dpa", profile.dataProtectionAuthority())
                .param("dpo", profile.dpoEmail())
                .param("officer", profile.securityOfficerEmail())
                .param("fourEyes", profile.fourEyesApproval())
                .query(Boolean.class).single();
        events.publishEvent(new HospitalProfileSaved(profile));
        return created;
    }

    private static HospitalProfile profile(ResultSet row, int rowNumber) throws SQLException {
        return new HospitalProfile(HospitalId.of(row.getString("hospital_id")), row.getString("country"),
                EuZones.zoneOf(row.getString("time_zone")), row.getString("nis2_authority"),
                row.getString("data_protection_authority"), row.getString("dpo_email"),
                row.getString("security_officer_email"), row.getBoolean("four_eyes_approval"));
    }
}
