package eu.vigil.notifier.hospital;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.rules.EuZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Every hospital the notifier knows, for the administrator: those with a profile and those whose incidents it has
 * seen without one (shown as {@link HospitalProfile#unconfigured}, which is how their clocks run).
 */
@Repository
public class KnownHospitals {

    private final JdbcClient jdbc;

    KnownHospitals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} hospitals, by id. */
    public List<HospitalProfile> first(int limit) {
        return jdbc.sql("""
                        select h.hospital_id, p.country, p.time_zone, p.nis2_authority, p.data_protection_authority,
                               p.dpo_email, p.security_officer_email, coalesce(p.four_eyes_approval, false) four_eyes
                          from (select hospital_id from notification.hospital_profile
                                union select hospital_id from notification.seen_incident) h
                          left join notification.hospital_profile p on p.hospital_id = h.hospital_id
                         order by h.hospital_id limit :limit""")
                .param("limit", limit)
                .query(KnownHospitals::profile)
                .list();
    }

    private static HospitalProfile profile(ResultSet row, int rowNumber) throws SQLException {
        var hospital = HospitalId.of(row.getString("hospital_id"));
        if (row.getString("country") == null) {
            return HospitalProfile.unconfigured(hospital);
        }
        return new HospitalProfile(hospital, row.getString("country"), EuZones.zoneOf(row.getString("time_zone")),
                row.getString("nis2_authority"), row.getString("data_protection_authority"),
                row.getString("dpo_email"), row.getString("security_officer_email"), row.getBoolean("four_eyes"));
    }
}
