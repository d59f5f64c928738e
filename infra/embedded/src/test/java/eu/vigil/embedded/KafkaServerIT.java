package eu.vigil.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class KafkaServerIT {

    @TempDir
    Path log;

    @Test
    void recordsSurviveARestartOnTheSameDirectoryAndPorts() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        try (var kafka = KafkaServer.start(log, port, controllerPort)) {
            produce(kafka.bootstrapServers(), "kept", "incident-1", "reported");
        }

        try (var kafka = KafkaServer.start(log, port, controllerPort)) {
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            var values = new ArrayList<String>();
            try (var consumer = consumer(kafka.bootstrapServers())) {
                consumer.subscribe(List.of("kept"));
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                    return !values.isEmpty();
                });
            }
            assertThat(values).containsExactly("reported");
        }
    }

    @Test
    void aProducerFromBeforeARestartReconnectsAndEarlierRecordsAreStillThere() throws Exception {
        var kafka = KafkaServer.start(log, 0, 0);
        var settings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("outage", "incident-1", "before")).get();

            kafka = kafka.restart();
            producer.send(new ProducerRecord<>("outage", "incident-1", "after")).get();
        } finally {
            kafka.close();
        }

        try (var again = kafka.restart(); var consumer = consumer(again.bootstrapServers())) {
            consumer.subscribe(List.of("outage"));
            var values = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return values.size() >= 2;
            });
            assertThat(values).containsExactly("before", "after");
        }
    }

    @Test
    void givenBrokerSettingsOverItsOwn_whenTheBrokerRestarts_thenTheyStillApply() throws Exception {
        try (var kafka = KafkaServer.start(log, 0, 0, "set other Kafka ports", Map.of("num.partitions", "1"));
             var again = kafka.restart()) {
            produce(again.bootstrapServers(), "after-restart", "incident-1", "reported");
            try (var consumer = consumer(again.bootstrapServers())) {
                assertThat(consumer.partitionsFor("after-restart")).as("partitions of a topic made after the restart")
                        .hasSize(1);
            }
        }
    }

    @Test
    void aTakenControllerPortIsRefusedByNameAndNothingStarts() throws IOException {
        try (var squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();

            assertThatThrownBy(() -> KafkaServer.start(log, 0, port, "set --kafka-controller-port"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + port + " for the Kafka controller is already taken")
                    .hasMessageContaining("set --kafka-controller-port");
        }
        try (var contents = Files.list(log)) {
            assertThat(contents).isEmpty();
        }
    }

    @Test
    void aTakenPortIsRefusedByName() throws IOException {
        try (var squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();

            assertThatThrownBy(() -> KafkaServer.start(log, port, 0, "set --kafka-port"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + port + " for Kafka is already taken")
                    .hasMessageContaining("set --kafka-port");
        }
    }

    private static void produce(String bootstrapServers, String topic, String key, String value) throws Exception {
        var settings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
