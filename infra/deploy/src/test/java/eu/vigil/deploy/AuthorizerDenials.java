package eu.vigil.deploy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What the in-process brokers' authorizer refuses while this records: it logs each refused request at INFO on
 * kafka.authorizer.logger. A client such as MirrorMaker may log a refusal and go on; this still sees it.
 */
final class AuthorizerDenials implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("kafka.authorizer.logger");
    private final Level levelBefore = logger.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private AuthorizerDenials() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
    }

    static AuthorizerDenials record() {
        return new AuthorizerDenials();
    }

    /** The refusals of that principal's requests ("User:mirror"), as the authorizer words them. */
    List<String> of(String principal) {
        // the brokers' threads append under the appender's lock
        synchronized (appender) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(message -> message.contains("Principal = " + principal + " is Denied")).toList();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
    }
}
