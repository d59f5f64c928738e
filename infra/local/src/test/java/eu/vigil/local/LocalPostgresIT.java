package eu.vigil.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-command install is what a single hospital runs: an incident answered 201 survives a power cut. */
class LocalPostgresIT {

    @TempDir
    Path data;

    @Test
    void commitsAreDurableByDefault() throws SQLException {
        var settings = LocalSettings.from(new String[] {"--postgres-port=0"}, Map.of());

        try (var postgres = LocalStack.startPostgres(settings, data)) {
            postgres.createDatabaseIfMissing(LocalStack.DATABASE);

            assertThat(show(postgres.jdbcUrl(LocalStack.DATABASE), "synchronous_commit")).isEqualTo("on");
            assertThat(show(postgres.jdbcUrl(LocalStack.DATABASE), "fsync")).isEqualTo("on");
        }
    }

    @Test
    void theFastUnsafeFlagTradesDurabilityForSpeed() throws SQLException {
        var settings = LocalSettings.from(new String[] {"--postgres-port=0", "--fast-unsafe-commits"}, Map.of());

        try (var postgres = LocalStack.startPostgres(settings, data)) {
            postgres.createDatabaseIfMissing(LocalStack.DATABASE);

            assertThat(show(postgres.jdbcUrl(LocalStack.DATABASE), "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String show(String jdbcUrl, String setting) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var rows = connection.createStatement().executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
