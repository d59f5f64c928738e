package eu.vigil.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's own short queries against the run's database: settings, activity counters, table sizes. */
final class Database {

    /** Cumulative counters; their difference over a phase says whether background work ran during it. */
    record Counters(long autovacuumRuns, long checkpoints) {
    }

    private final String url;
    private final String username;
    private final String password;

    Database(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    String text(String sql) throws SQLException {
        List<String> rows = rows(sql);
        return rows.isEmpty() ? "" : rows.get(0);
    }

    /** The first column of every row, as text. */
    List<String> rows(String sql) throws SQLException {
        try (var connection = connect(); var result = connection.createStatement().executeQuery(sql)) {
            var rows = new ArrayList<String>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

    /** The first row's columns as text (empty without a row); a String[] parameter binds as a text[]. */
    List<String> firstRow(String sql, Object... parameters) throws SQLException {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof String[] texts
                        ? connection.createArrayOf("text", texts) : parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                var columns = new ArrayList<String>();
                if (result.next()) {
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        columns.add(result.getString(column));
                    }
                }
                return columns;
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Autovacuum and autoanalyze runs over all tables, and checkpoints (PostgreSQL 17's pg_stat_checkpointer). */
    Counters counters() throws SQLException {
        return new Counters(
                Long.parseLong(text("select coalesce(sum(autovacuum_count + autoanalyze_count), 0)"
                        + " from pg_stat_all_tables")),
                Long.parseLong(text("select num_timed + num_requested from pg_stat_checkpointer")));
    }
}
