package eu.vigil.query.feed.drill;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.FeedQuery;
import eu.vigil.query.feed.ShareRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Reads the drill feed for one audience, newest change first, under the real feed's TLP rules (the audience's
 * condition is part of the query); a withdrawn share is not shown at all.
 */
@Component
public class DrillShares {

    private final NamedParameterJdbcTemplate jdbc;

    DrillShares(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the drill feed after the cursor (none: the newest), and the cursor of the next page if any. */
    public Page page(FeedAudience audience, FeedQuery.Cursor after, int limit) {
        var where = new StringBuilder("withdrawn_at is null and ").append(audience.where());
        var parameters = audience.bind(new MapSqlParameterSource()).addValue("limit", limit + 1);
        if (after != null) {
            where.append(" and (changed_at, incident_id) < (:afterAt, :afterId)");
            parameters.addValue("afterAt", after.changedAt().atOffset(ZoneOffset.UTC))
                    .addValue("afterId", after.incidentId());
        }
        var rows = jdbc.query("select * from query." + DrillShareProjection.TABLE + " where " + where
                + " order by changed_at desc, incident_id desc limit :limit", parameters, (row, n) ->
                new DrillShare(ShareRows.read(row, audience),
                        new DrillShare.Drill(row.getObject("drill_id", UUID.class),
                                row.getObject("drill_scale", Integer.class))));
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        var last = rows.get(limit - 1).share();
        return new Page(rows.subList(0, limit),
                new FeedQuery.Cursor(last.changedAt(), UUID.fromString(last.incidentId())).encode());
    }

    public record Page(List<DrillShare> items, String next) {
    }
}
