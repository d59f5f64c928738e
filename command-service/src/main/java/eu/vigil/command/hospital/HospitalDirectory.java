package eu.vigil.command.hospital;

import eu.vigil.contracts.HospitalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Repository
public class HospitalDirectory implements Hospitals, HospitalCountries {

    private final JdbcClient jdbc;

    HospitalDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(HospitalId hospital) {
        return jdbc.sql("select count(*) from incident.hospital where hospital_id = :id")
                .param("id", hospital.value())
                .query(Long.class).single() > 0;
    }

    /** @return true when the hospital was new, false when an existing entry was updated */
    public boolean save(Hospital hospital) {
        return jdbc.sql("""
                        insert into incident.hospital (hospital_id, name, country, time_zone, language)
                        values (:id, :name, :country, :zone, :language)
                        on conflict (hospital_id) do update
                           set name = excluded.name, country = excluded.country,
                               time_zone = excluded.time_zone, language = excluded.language
                        returning (xmax = 0) as inserted""")
                .param("id", hospital.id().value())
                .param("name", hospital.name())
                .param("country", hospital.country())
                .param("zone", hospital.timeZone().getId())
                .param("language", hospital.language().getLanguage())
                .query(Boolean.class).single();
    }

    @Override
    public Optional<String> countryOf(HospitalId hospital) {
        return find(hospital).map(Hospital::country);
    }

    public List<Hospital> all() {
        return jdbc.sql("select hospital_id, name, country, time_zone, language from incident.hospital order by hospital_id")
                .query(HospitalDirectory::hospital)
                .list();
    }

    public Optional<Hospital> find(HospitalId id) {
        return jdbc.sql("select hospital_id, name, country, time_zone, language from incident.hospital where hospital_id = :id")
                .param("id", id.value())
                .query(HospitalDirectory::hospital)
                .optional();
    }

    private static Hospital hospital(ResultSet row, int rowNumber) throws SQLException {
        return new Hospital(HospitalId.of(row.getString("hospital_id")), row.getString("name"),
                row.getString("country"), ZoneId.of(row.getString("time_zone")),
                Locale.forLanguageTag(row.getString("language")));
    }
}
