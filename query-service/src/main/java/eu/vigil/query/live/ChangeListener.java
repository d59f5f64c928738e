package eu.vigil.query.live;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Listens on one connection of its own for the read model's changes ({@link ReadModelChanges}) and passes each to
 * the pages open on this instance, with a heartbeat every 15 s. When the connection breaks it connects again, and every page reloads what it
 * shows, since a change may have gone unheard meanwhile.
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final DataSource dataSource;
    private final LiveStreams streams;
    private volatile Thread thread;
    private volatile boolean running;

    ChangeListener(DataSource dataSource, LiveStreams streams) {
        this.dataSource = dataSource;
        this.streams = streams;
    }

    @Override
    public void start() {
        running = true;
        var listening = new Thread(this::listen, "read-model-changes");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        var listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + ReadModelChanges.CHANNEL);
                }
                if (reconnecting) {
                    log.info("Listening to the read model's changes again; the open pages reload");
                    streams.resynchronise();
                }
                reconnecting = true;
                var notifications = connection.unwrap(PGConnection.class);
                long lastBeat = System.nanoTime();
                while (running) {
                    var received = notifications.getNotifications((int) POLL.toMillis());
                    if (received != null) {
                        for (var notification : received) {
                            streams.publish(Change.of(notification.getParameter()));
                        }
                    }
                    if (System.nanoTime() - lastBeat >= HEARTBEAT.toNanos()) {
                        streams.heartbeat();
                        lastBeat = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the read model's change notifications, connecting again in {}: {}", RETRY,
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
