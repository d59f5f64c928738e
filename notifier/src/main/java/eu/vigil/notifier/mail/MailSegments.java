package eu.vigil.notifier.mail;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings the {@code mail} processor of an install that began with one segment (before issue 18) to the segments
 * its configuration asks for. Axon applies {@code initial-segment-count} only when the processor has no token yet,
 * and splits a segment only on the instance that processes it; so every few seconds, while the token store holds
 * fewer segments than configured, this instance splits the widest segment it processes. Both halves keep the
 * segment's token, so no event is mailed twice or skipped; a segment held by another instance (one still running
 * the older version, in a rolling upgrade) is split once an upgraded instance holds it.
 */
@Component
class MailSegments implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailSegments.class);
    private static final long CHECK_EVERY_SECONDS = 5;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final int configured;
    private ScheduledExecutorService checks;

    MailSegments(EventProcessingConfiguration processing, TokenStore tokens,
                 @Value("${axon.eventhandling.processors.mail.initial-segment-count:1}") int configured) {
        this.processing = processing;
        this.tokens = tokens;
        this.configured = configured;
    }

    @Override
    public void start() {
        checks = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "mail-segments");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::splitWhileTooFew, CHECK_EVERY_SECONDS, CHECK_EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    private void splitWhileTooFew() {
        try {
            int existing = tokens.fetchSegments(ReminderMailer.PROCESSING_GROUP).length;
            if (existing >= configured) {
                checks.shutdown(); // Vigil never merges segments: once there are enough, there stay enough
                return;
            }
            var processor = processing.eventProcessor(ReminderMailer.PROCESSING_GROUP,
                    StreamingEventProcessor.class).orElseThrow();
            var widest = processor.processingStatus().values().stream().filter(status -> !status.isErrorState())
                    .map(EventTrackerStatus::getSegment).min(Comparator.comparingInt(Segment::getMask));
            if (widest.isPresent()) {
                boolean split = processor.splitSegment(widest.get().getSegmentId()).get(30, TimeUnit.SECONDS);
                log.info("Mail processor: {} segments of {} configured, segment {} split: {}", existing, configured,
                        widest.get().getSegmentId(), split);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) { // the next check tries again
            log.warn("Mail processor: splitting a segment failed, trying again in {} s", CHECK_EVERY_SECONDS, e);
        }
    }

    @Override
    public void stop() {
        checks.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return checks != null && !checks.isShutdown();
    }
}
