package eu.vigil.consumer.drill;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The keyring against a real broker: a key read when a record needs it, a tombstone that shreds the drill. */
class DrillKeyringIT {

    private static final TestInfrastructure INFRA = TestInfrastructure.shared();

    private final String topic = "vigil.drill-keys.keyring-" + UUID.randomUUID();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UUID drill = UUID.randomUUID();
    private final DrillKey key = DrillKey.generate(drill);
    private DrillKeyring keyring;

    @BeforeEach
    void aCompactedKeyTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                INFRA.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
        keyring = keyringOn(topic);
    }

    @AfterEach
    void closeTheKeyring() {
        keyring.close();
    }

    @Test
    void givenTheKeyOnTheTopic_whenASealedRecordArrives_thenItOpensToItsEnvelope() {
        var envelope = envelope();
        publishKey(key.bytes());

        var opened = keyring.open(DrillSeal.seal(EventJson.write(envelope), key));

        assertThat(opened).hasValueSatisfying(json ->
                assertThat(EventJson.read(json, DrillEvent.class)).isEqualTo(envelope));
    }

    @Test
    void givenARecordInTheClear_whenOpened_thenItIsAsItWas() {
        byte[] plain = EventJson.write(envelope());

        assertThat(keyring.open(plain)).hasValue(plain);
    }

    @Test
    void givenTheKeysTombstone_whenASealedRecordArrives_thenItIsSkippedAndCountedNotFailed() {
        byte[] sealed = DrillSeal.seal(EventJson.write(envelope()), key);
        publishKey(key.bytes());
        publishKey(null);

        assertThat(keyring.open(sealed)).isEmpty();
        assertThat(meters.counter(DrillKeyring.SHREDDED_METRIC).count()).isEqualTo(1.0);
        assertThat(keyring.deleted(drill)).isTrue();
        assertThat(keyring.deleted(UUID.randomUUID())).isFalse();
    }

    @Test
    void givenAKeyringThatHadTheKey_whenTheTombstoneIsReadToTheEnd_thenTheKeyIsGoneFromItsMemoryToo() {
        publishKey(key.bytes());
        assertThat(keyring.key(drill)).isPresent();

        publishKey(null);
        keyring.readToTheEnd();

        assertThat(keyring.key(drill)).isEmpty();
    }

    @Test
    void givenAKeyInMemory_whenAnotherInstanceDeletesTheDrill_thenTheKeyIsDroppedOnceItsTrustRunsOut() {
        var instance = new DrillKeyring(DrillKeyringIT::consumer, DrillKeyringIT::uncommittedView, topic,
                meters, Duration.ofMillis(300));
        publishKey(key.bytes());
        assertThat(instance.key(drill)).isPresent();

        publishKey(null); // the deletion, handled by another instance

        await().atMost(Duration.ofSeconds(10)).until(() -> instance.key(drill).isEmpty());
        instance.close();
    }

    @Test
    void givenTheKeyInATransactionNotCommittedYet_whenItsRecordIsOpened_thenTheKeyringWaitsForTheCommit() {
        byte[] sealed = DrillSeal.seal(EventJson.write(envelope()), key);
        var producer = producer("keyring-slow-" + UUID.randomUUID());
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topic, drill.toString(), key.bytes()));
        producer.flush();
        var committing = java.util.concurrent.CompletableFuture.runAsync(() -> {
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            producer.commitTransaction();
            producer.close();
        });

        var opened = keyring.open(sealed);

        committing.join();
        assertThat(opened).isPresent();
        assertThat(meters.counter(DrillKeyring.SHREDDED_METRIC).count()).isZero();
    }

    @Test
    void givenAnAbortedTransactionHoldingAKey_whenRead_thenTheKeyIsNotThere() {
        try (var producer = producer("keyring-aborted-" + UUID.randomUUID())) {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, drill.toString(), key.bytes()));
            producer.flush();
            producer.abortTransaction();
        }

        assertThat(keyring.key(drill)).isEmpty();
    }

    @Test
    void givenNoKeyTopic_whenASealedRecordArrives_thenTheRecordFailsToBeRetriedNotSkipped() {
        var lost = keyringOn("vigil.drill-keys.missing-" + UUID.randomUUID());
        byte[] sealed = DrillSeal.seal(EventJson.write(envelope()), key);

        assertThatThrownBy(() -> lost.open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist");
        lost.close();
    }

    private DrillKeyring keyringOn(String keyTopic) {
        return new DrillKeyring(DrillKeyringIT::consumer, DrillKeyringIT::uncommittedView, keyTopic, meters);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers());
        DrillKeyring.consumerOverrides().forEach((name, value) -> settings.put((String) name, value));
        return consumer(settings);
    }

    private static KafkaConsumer<String, byte[]> uncommittedView() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers());
        DrillKeyring.uncommittedViewOverrides().forEach((name, value) -> settings.put((String) name, value));
        return consumer(settings);
    }

    private static KafkaConsumer<String, byte[]> consumer(Map<String, Object> settings) {
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void publishKey(byte[] value) {
        try (var producer = producer("keyring-" + UUID.randomUUID())) {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, drill.toString(), value));
            producer.commitTransaction();
        }
    }

    private static KafkaProducer<String, byte[]> producer(String transactionalId) {
        var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
                new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
        return producer;
    }

    private EventEnvelope<DrillEvent> envelope() {
        Instant at = Instant.parse("2026-11-03T10:15:00Z");
        return new EventEnvelope<>(UUID.randomUUID(), "LessonsRecorded", 1, drill.toString(), 2,
                HospitalId.of("chu-liege"), at, new Actor("officer.anna", "SECURITY_OFFICER"),
                new LessonsRecorded(drill, "Rehearse the PACS restore", at));
    }
}
