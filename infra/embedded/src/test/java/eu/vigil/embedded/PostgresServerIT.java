package eu.vigil.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerIT {

    @TempDir
    Path data;

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws SQLException {
        try (var postgres = PostgresServer.start(data, 0)) {
            postgres.createDatabaseIfMissing("vigil");
            execute(postgres, "create table kept (note text); insert into kept values ('still here')");
        }

        try (var postgres = PostgresServer.start(data, 0)) {
            postgres.createDatabaseIfMissing("vigil");
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("vigil"), postgres.username(),
                    postgres.password()); var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"DURABLE, on", "FAST_UNSAFE, off"})
    void commitsWaitForTheDiskUnlessAskedToBeFastAndUnsafe(Commits commits, String synchronousCommit)
            throws SQLException {
        try (var postgres = PostgresServer.start(data, 0, "set another port", commits)) {
            postgres.createDatabaseIfMissing("vigil");

            assertThat(show(postgres, "synchronous_commit")).isEqualTo(synchronousCommit);
            assertThat(show(postgres, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aTakenPortIsRefusedByNameAndNothingStarts() throws IOException {
        try (var squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();

            assertThatThrownBy(() -> PostgresServer.start(data, port, "set --postgres-port", Commits.DURABLE))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + port + " for PostgreSQL is already taken")
                    .hasMessageContaining("set --postgres-port");
        }
        try (var contents = Files.list(data)) {
            assertThat(contents).isEmpty();
        }
    }

    private static String show(PostgresServer postgres, String setting) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("vigil"), postgres.username(),
                postgres.password()); var rows = connection.createStatement().executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(PostgresServer postgres, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("vigil"), postgres.username(),
                postgres.password()); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
