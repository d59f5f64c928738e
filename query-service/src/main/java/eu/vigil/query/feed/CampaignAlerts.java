package eu.vigil.query.feed;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The CERT's campaign alerts ({@code query.campaign_alert}), raised by the projection through correlation-kit's
 * {@code Sightings} when a share makes a value reach the campaign rule's number of hospitals within its window; read
 * here newest first for the CERT's pages. Only the count is kept, never which hospitals.
 */
@Component
public class CampaignAlerts {

    static final String TABLE = "campaign_alert";

    /** One alert: the value, at how many hospitals it was shared within the window, and when. */
    public record CampaignAlert(String indicatorType, String indicatorValue, int hospitals, Instant raisedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CampaignAlerts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest alerts, newest first. */
    public List<CampaignAlert> latest(int most) {
        return jdbc.query("""
                        select indicator_type, indicator_value, hospitals, raised_at from query.campaign_alert
                         order by raised_at desc, alert_id limit :most""", Map.of("most", most),
                (rs, n) -> new CampaignAlert(rs.getString("indicator_type"), rs.getString("indicator_value"),
                        rs.getInt("hospitals"), rs.getObject("raised_at", OffsetDateTime.class).toInstant()));
    }
}
