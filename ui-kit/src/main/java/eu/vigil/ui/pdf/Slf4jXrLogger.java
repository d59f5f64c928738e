package eu.vigil.ui.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * openhtmltopdf's log through SLF4J. Its default logger writes to the console on a handler of its own, past the
 * service's logging configuration, and says several things at INFO on every render ("Prepare to fly"); here its
 * warnings and errors keep their level and the rest becomes DEBUG.
 */
final class Slf4jXrLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level == Level.SEVERE) {
            logger.error(message, error);
        } else if (level == Level.WARNING) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // levels come from the logging configuration (logging.level.com.openhtmltopdf), not from the library
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        Level level = diagnostic.getLevel();
        if (level == Level.SEVERE) {
            return logger.isErrorEnabled();
        }
        return level == Level.WARNING ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
