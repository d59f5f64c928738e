package eu.vigil.notifier.calendar;

import eu.vigil.contracts.HospitalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Private calendar URLs: a user's token is shown once when made; only its SHA-256 is kept, so a copy of the
 * database opens no calendar. Making a new one revokes the old.
 */
@Repository
class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String renew(String userId, HospitalId hospital) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                insert into notification.calendar_token (token, user_id, hospital_id) values (:hash, :user, :hospital)
                on conflict (user_id) do update set token = excluded.token, hospital_id = excluded.hospital_id,
                                                    created_at = now()""")
                .param("hash", hash(token)).param("user", userId).param("hospital", hospital.value())
                .update();
        return token;
    }

    boolean exists(String userId) {
        return jdbc.sql("select count(*) from notification.calendar_token where user_id = :user")
                .param("user", userId).query(Long.class).single() > 0;
    }

    Optional<HospitalId> hospitalOf(String token) {
        return jdbc.sql("select hospital_id from notification.calendar_token where token = :hash")
                .param("hash", hash(token)).query(String.class).optional().map(HospitalId::of);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
