package eu.vigil.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * RK (performance.md): one raw Kafka hop, a record produced and consumed on the run's broker, at a fixed rate. The
 * producer acknowledges as command-service's does ({@code acks=all}, idempotent) but without its 5 ms
 * {@code linger.ms}: the floor is the broker's hop, and the linger is part of what W4's 10× leaves room for. The
 * consumer reads committed records as query-service's does. Latency runs from the send to the consumer's poll
 * returning the record, both in this JVM.
 */
final class KafkaHop {

    private static final String TOPIC = "bench.kafka-hop";

    private final String bootstrapServers;

    KafkaHop(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Measurement run(int perSecond, Duration duration) throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        var latencies = new ConcurrentHistogram(ClosedLoop.HIGHEST_MICROS, 3);
        var consuming = new AtomicBoolean(true);
        try (var producer = producer(); var consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100)); // joins the group before the first send
            }
            var reader = new Thread(() -> {
                while (consuming.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        long sent = ByteBuffer.wrap(record.value()).getLong();
                        latencies.recordValue(Math.min(ClosedLoop.HIGHEST_MICROS, (System.nanoTime() - sent) / 1000));
                    }
                }
            }, "bench-kafka-consumer");
            reader.start();
            long began = System.nanoTime();
            long records = duration.toSeconds() * perSecond;
            for (long number = 0; number < records; number++) {
                long start = began + number * (1_000_000_000L / perSecond);
                TimeUnit.NANOSECONDS.sleep(start - System.nanoTime());
                producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(),
                        ByteBuffer.allocate(600).putLong(System.nanoTime()).array()));
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (latencies.getTotalCount() < records && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            consuming.set(false);
            reader.join();
            return new Measurement("RK raw Kafka hop", 1, (System.nanoTime() - began) / 1e9, latencies,
                    records - latencies.getTotalCount(), null);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
    }

    // KafkaConsumer is not thread-safe: after the assignment only the reader thread polls it
    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-kafka-hop", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
