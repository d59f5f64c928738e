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
 * database opens no calendar. Making a new one revokes the old. A token keeps the language of the page it was made
 * on, which its feed speaks.
 */
@Repository
class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whose feed a token opens, and in which language.
     *
     * @param language null for a token made on a page in another language, or before tokens kept one
     */
    record Subscription(HospitalId hospital, String language) {
    }

    /** @param language the language of the page the user made it on; null when the feed is not written in that one */
    String renew(String userId, HospitalId hospital, String language) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                insert into notification.calendar_token (token, user_id, hospital_id, language)
                values (:hash, :user, :hospital, :language)
                on conflict (user_id) do update set token = excluded.token, hospital_id = excluded.hospital_id,
                                                    language = excluded.language, created_at = now()""")
                .param("hash", hash(token)).param("user", userId).param("hospital", hospital.value())
                .param("language", language).update();
        return token;
    }

    boolean exists(String userId) {
        return jdbc.sql("select count(*) from notification.calendar_token where user_id = :user")
                .param("user", userId).query(Long.class).single() > 0;
    }

    Optional<Subscription> subscriptionOf(String token) {
        return jdbc.sql("select hospital_id, language from notification.calendar_token where token = :hash")
                .param("hash", hash(token))
                .query((rs, n) -> new Subscription(HospitalId.of(rs.getString("hospital_id")),
                        rs.getString("language")))
                .optional();
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
