package eu.vigil.notifier.authority;

import eu.vigil.contracts.HospitalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** {@code notification.authority_confirmation}: what each hospital's DPO confirmed of the catalogue. */
@Repository
public class AuthorityConfirmations {

    private final JdbcClient jdbc;
    private final AuthorityCatalogue catalogue;

    AuthorityConfirmations(JdbcClient jdbc, AuthorityCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /**
     * Stores the DPO's word on one fact for the hospital, replacing an earlier one; the same word twice changes
     * only who gave it and when.
     *
     * @throws AuthorityNotFoundException  when the catalogue has no such authority
     * @throws FactValueRefusedException   when the value cannot stand for the fact
     */
    public void confirm(HospitalId hospital, String authorityId, FactName fact, String value, boolean confirmed,
                        String userId, Instant at) {
        catalogue.find(authorityId).orElseThrow(() -> new AuthorityNotFoundException(authorityId));
        String stripped = value.strip();
        fact.refusal(stripped).ifPresent(reason -> {
            throw new FactValueRefusedException(fact, reason);
        });
        jdbc.sql("""
                        insert into notification.authority_confirmation (hospital_id, authority_id, fact, value,
                               confirmed, confirmed_by, confirmed_at)
                        values (:hospital, :authority, :fact, :value, :confirmed, :by, :at)
                        on conflict (hospital_id, authority_id, fact) do update
                           set value = excluded.value, confirmed = excluded.confirmed,
                               confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at""")
                .param("hospital", hospital.value()).param("authority", authorityId).param("fact", fact.code())
                .param("value", stripped).param("confirmed", confirmed).param("by", userId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The hospital's confirmations of the authority's facts; none for a caller of no hospital. */
    public Map<FactName, Confirmation> of(HospitalId hospital, String authorityId) {
        var confirmations = new EnumMap<FactName, Confirmation>(FactName.class);
        jdbc.sql("""
                        select fact, value, confirmed, confirmed_by, confirmed_at
                          from notification.authority_confirmation
                         where hospital_id = :hospital and authority_id = :authority""")
                .param("hospital", hospital.value()).param("authority", authorityId)
                .query(AuthorityConfirmations::confirmation).list()
                .forEach(confirmation -> confirmations.put(confirmation.fact(), confirmation));
        return confirmations;
    }

    private static Confirmation confirmation(ResultSet row, int rowNumber) throws SQLException {
        return new Confirmation(FactName.of(row.getString("fact")).orElseThrow(), row.getString("value"),
                row.getBoolean("confirmed"), row.getString("confirmed_by"),
                row.getTimestamp("confirmed_at").toInstant());
    }
}
