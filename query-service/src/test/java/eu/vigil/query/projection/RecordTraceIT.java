package eu.vigil.query.projection;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's trace goes on in the read models that apply it (issue 18): the log lines written while the register
 * applies a record carry the trace id of its {@code traceparent}, as the request that recorded the event had it.
 */
@AutoConfigureObservability(metrics = false) // Spring Boot switches tracing off in tests unless asked
@SpringBootTest
@RealInfrastructure
class RecordTraceIT {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String OTHER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final Instant AWARE = Instant.parse("2026-10-25T00:30:00Z");

    @Autowired KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private final Logger readModels = (Logger) LoggerFactory.getLogger(ListenedReadModel.class);
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureTheReadModelsLogLines() {
        levelBefore = readModels.getLevel();
        readModels.setLevel(Level.DEBUG);
        logLines.start();
        readModels.addAppender(logLines);
    }

    @AfterEach
    void stopCapturing() {
        readModels.detachAppender(logLines);
        readModels.setLevel(levelBefore);
        register().resume();
    }

    @Test
    void givenARecordInATrace_whenTheRegisterAppliesIt_thenItsLogLinesCarryThatTraceId() {
        var event = reported(IncidentId.generate(), "h-brugge", AWARE);

        send(List.of(event));

        var line = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> registerLinesAbout(event.eventId().toString()), lines -> !lines.isEmpty()).get(0);
        assertThat(line.getMDCPropertyMap()).containsEntry("traceId", TRACE)
                .containsEntry("eventId", event.eventId().toString());
    }

    @Test
    void givenRecordsOfOneTraceInOnePoll_whenTheRegisterAppliesThemTogether_thenItsLogLineCarriesThatTraceId() {
        register().pause();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> register().isContainerPaused());
        var events = List.of(reported(IncidentId.generate(), "h-brugge", AWARE),
                reported(IncidentId.generate(), "h-brugge", AWARE));

        send(events);
        register().resume();

        var line = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> registerLinesAbout("Applying 2 events"), lines -> !lines.isEmpty()).get(0);
        assertThat(line.getMDCPropertyMap()).containsEntry("traceId", TRACE);
    }

    @Test
    void givenRecordsOfTwoTracesInOnePoll_whenTheRegisterAppliesThemTogether_thenEachEventsLineCarriesItsOwnTraceId() {
        register().pause();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> register().isContainerPaused());
        var first = reported(IncidentId.generate(), "h-brugge", AWARE);
        var second = reported(IncidentId.generate(), "h-brugge", AWARE);

        send(List.of(first, second), List.of(TRACE, OTHER_TRACE));
        register().resume();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(registerLinesAbout("Applying 2 events")).isNotEmpty();
            assertThat(registerLinesAbout(first.eventId().toString())).singleElement()
                    .satisfies(line -> assertThat(line.getMDCPropertyMap()).containsEntry("traceId", TRACE)
                            .containsEntry("incidentId", first.aggregateId()));
            assertThat(registerLinesAbout(second.eventId().toString())).singleElement()
                    .satisfies(line -> assertThat(line.getMDCPropertyMap()).containsEntry("traceId", OTHER_TRACE)
                            .containsEntry("incidentId", second.aggregateId()));
        });
    }

    private List<ILoggingEvent> registerLinesAbout(String text) {
        return List.copyOf(logLines.list).stream()
                .filter(line -> line.getFormattedMessage().endsWith("read model register"))
                .filter(line -> line.getFormattedMessage().contains(text)
                        || text.equals(line.getMDCPropertyMap().get("eventId")))
                .toList();
    }

    // one key: one partition, so that a poll takes them together
    private void send(List<? extends EventEnvelope<?>> events) {
        send(events, events.stream().map(event -> TRACE).toList());
    }

    // by one producer, so that the records arrive together
    private void send(List<? extends EventEnvelope<?>> events, List<String> traces) {
        var settings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < events.size(); i++) {
                var headers = new RecordHeaders().add("traceparent",
                        ("00-" + traces.get(i) + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(topic, null, "one-partition", EventJson.write(events.get(i)),
                        headers));
            }
        }
    }

    private MessageListenerContainer register() {
        return listeners.getListenerContainer("register");
    }
}
