package eu.vigil.consumer;

import eu.vigil.contracts.EventJson.UnreadableEventException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.UncategorizedDataAccessException;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a failure that the same record will meet on every attempt (bad data, an event the handler cannot apply)
 * from one that may pass later (the database is down or busy). Anything it does not recognise counts as
 * transient: retrying for ever stops a partition but never loses an event.
 */
final class Failures {

    // SQLSTATE classes: 08 connection, 40 rollback (serialisation, deadlock), 53 resources, 57 operator (shutdown)
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57");
    // SQLSTATE classes: 22 data exception (a NUL in text, a value out of range), 23 integrity constraint violation
    private static final Set<String> PERMANENT_SQL_CLASSES = Set.of("22", "23");

    private Failures() {
    }

    /** True when retrying cannot help: the record is to be parked. A transient cause anywhere wins. */
    static boolean permanent(Throwable failure) {
        return !anyCause(failure, Failures::isTransient) && decisiveCause(failure) != null;
    }

    /** The cause that makes the failure permanent, or null when it is not. */
    static Throwable decisiveCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (isPermanent(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static boolean isTransient(Throwable e) {
        if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
            return TRANSIENT_SQL_CLASSES.contains(sql.getSQLState().substring(0, 2))
                    || sql.getSQLState().equals("55P03"); // lock not available
        }
        // Spring files a refused connection (CannotGetJdbcConnectionException) under the non-transient
        // DataAccessResourceFailureException: the resource failures are what recovers once the database is back
        return e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException
                || e instanceof NonTransientDataAccessResourceException
                || e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || e instanceof ConnectException || e instanceof SocketTimeoutException
                || e instanceof SocketException;
    }

    private static boolean isPermanent(Throwable e) {
        if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
            return PERMANENT_SQL_CLASSES.contains(sql.getSQLState().substring(0, 2));
        }
        // bad SQL grammar is a defect of the code or schema, not of the event: the next release fixes it and
        // retrying then resumes by itself, where parking would have parked every event meanwhile; an
        // uncategorised SQL error is decided by its SQLSTATE below it
        boolean dataError = e instanceof NonTransientDataAccessException
                && !(e instanceof InvalidDataAccessResourceUsageException)
                && !(e instanceof UncategorizedDataAccessException);
        return dataError || e instanceof UnreadableEventException || e instanceof IllegalArgumentException
                || e instanceof PermanentFailure;
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        if (next == null && cause instanceof SQLException sql) {
            next = sql.getNextException();
        }
        return next == cause ? null : next;
    }
}
