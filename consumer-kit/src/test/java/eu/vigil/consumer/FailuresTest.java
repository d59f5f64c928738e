package eu.vigil.consumer;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void aNulCharacterInTextIsADataErrorThatNoRetryCures() {
        var refused = new DataIntegrityViolationException("PreparedStatementCallback",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

        assertThat(Failures.permanent(inListener(refused))).isTrue();
        assertThat(Failures.decisiveCause(inListener(refused))).isSameAs(refused);
    }

    @Test
    void aDuplicateKeyIsAnIntegrityViolation() {
        assertThat(Failures.permanent(new DuplicateKeyException("dup", sql("23505")))).isTrue();
    }

    @Test
    void anSqlStateOfClass22Or23IsPermanentEvenUncategorised() {
        assertThat(Failures.permanent(new UncategorizedSQLException("insert", "insert", sql("22001")))).isTrue();
        assertThat(Failures.permanent(new UncategorizedSQLException("insert", "insert", sql("XX000")))).isFalse();
    }

    @Test
    void aRefusedConnectionKeepsRetryingThoughSpringCallsItNonTransient() {
        var down = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException()));

        assertThat(Failures.permanent(inListener(down))).isFalse();
        assertThat(Failures.permanent(inListener(new CannotCreateTransactionException("no connection",
                down)))).isFalse();
    }

    @Test
    void aConnectionLostInTheMiddleOfAnInsertIsTransientThoughTheInsertWasRefused() {
        var lost = new DataIntegrityViolationException("insert", sql("08006"));

        assertThat(Failures.permanent(lost)).isFalse();
    }

    @Test
    void badSqlGrammarIsACodeDefectThatTheNextReleaseFixes() {
        assertThat(Failures.permanent(new BadSqlGrammarException("insert", "insert", sql("42P01")))).isFalse();
    }

    @Test
    void anEventTheHandlerCannotApplyIsPermanent() {
        class Unhandled extends RuntimeException implements PermanentFailure {
        }
        assertThat(Failures.permanent(inListener(new Unhandled()))).isTrue();
        assertThat(Failures.permanent(inListener(new IllegalArgumentException("bad category")))).isTrue();
    }

    @Test
    void anUnknownFailureKeepsRetrying() {
        assertThat(Failures.permanent(inListener(new IllegalStateException("mail server away")))).isFalse();
    }

    private static ListenerExecutionFailedException inListener(Throwable cause) {
        return new ListenerExecutionFailedException("Listener method failed", "query-service", cause);
    }

    private static SQLException sql(String state) {
        return new SQLException("refused", state);
    }
}
