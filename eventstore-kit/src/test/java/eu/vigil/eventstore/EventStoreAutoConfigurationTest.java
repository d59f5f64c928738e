package eu.vigil.eventstore;

import eu.vigil.contracts.Topics;
import eu.vigil.eventstore.config.ClockAutoConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class EventStoreAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class,
                    TopicsAutoConfiguration.class, EventStoreAutoConfiguration.class, ClockAutoConfiguration.class))
            .withPropertyValues("spring.flyway.default-schema=notification");

    @Test
    void theEventAndTokenStoreLiveInTheServicesFlywaySchema() {
        context.run(started -> {
            assertThat(started.getBean(EventSchema.class).domainEventTable())
                    .isEqualTo("notification.domain_event_entry");
            assertThat(started.getBean(EventSchema.class).snapshotTable())
                    .isEqualTo("notification.snapshot_event_entry");
            assertThat(started.getBean(TokenSchema.class).tokenTable()).isEqualTo("notification.token_entry");
        });
    }

    @Test
    void everyServiceReadsTheTimeFromOneUtcClockThatATestMayReplace() {
        context.run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
        var fixed = Clock.fixed(Instant.parse("2026-03-29T00:45:00Z"), ZoneOffset.UTC);
        context.withBean(Clock.class, () -> fixed)
                .run(started -> assertThat(started.getBean(Clock.class)).isSameAs(fixed));
    }

    @Test
    void axonsHandlerTimeoutsWhichWalkTheStackAtEveryHandlerAreOffUnlessAServiceTurnsThemOn() {
        var withTimeouts = context.withConfiguration(AutoConfigurations.of(AxonTimeoutAutoConfiguration.class));
        withTimeouts.run(started -> assertThat(started)
                .doesNotHaveBean(HandlerTimeoutHandlerEnhancerDefinition.class));
        withTimeouts.withPropertyValues("axon.timeout.enabled=true").run(started -> assertThat(started)
                .hasSingleBean(HandlerTimeoutHandlerEnhancerDefinition.class));
    }

    @Test
    void aSchemaOfItsOwnOverridesFlyways() {
        context.withPropertyValues("vigil.event-store.schema=incident").run(started ->
                assertThat(started.getBean(EventSchema.class).domainEventTable())
                        .isEqualTo("incident.domain_event_entry"));
    }

    @Test
    void aSchemaThatIsNoPlainIdentifierStopsTheStart() {
        context.withPropertyValues("vigil.event-store.schema=incident.x; drop table y").run(started ->
                assertThat(started).hasFailed());
    }

    @Test
    void postgresqlsDuplicateKeyIsAConflictNotAStoreFailure() {
        context.run(started -> {
            var resolver = started.getBean(PersistenceExceptionResolver.class);
            assertThat(resolver.isDuplicateKeyViolation(new SQLException("duplicate key", "23505"))).isTrue();
            assertThat(resolver.isDuplicateKeyViolation(new SQLException("deadlock", "40P01"))).isFalse();
        });
    }

    @Test
    void theActorTravelsFromTheCommandToItsEvents() {
        context.run(started -> {
            var command = new GenericMessage<>("command", MetaData.from(Map.of("actorId", "u-1",
                    "actorRole", "DPO", "hospitalId", "h-brugge", "body", "not carried")));
            assertThat(started.getBean(CorrelationDataProvider.class).correlationDataFor(command))
                    .containsOnlyKeys("actorId", "actorRole", "hospitalId");
        });
    }

    @Test
    void theTopicsAreCreatedAlikeUnderContractsNames() {
        context.run(started -> {
            var topics = started.getBean(TopicSettings.class);
            assertThat(topics).isEqualTo(new TopicSettings(Topics.INCIDENT_EVENTS, Topics.INCIDENT_SHARES,
                    Topics.NOTIFICATION_EVENTS, Topics.DRILL_EVENTS, Topics.DRILL_SHARES, Topics.DRILL_KEYS, 3, (short) 1));
            assertThat(started.getBeansOfType(NewTopic.class).values())
                    .extracting(NewTopic::name, NewTopic::numPartitions, NewTopic::replicationFactor)
                    .containsExactlyInAnyOrder(tuple(Topics.INCIDENT_EVENTS, 3, (short) 1),
                            tuple(Topics.INCIDENT_SHARES, 3, (short) 1), tuple(Topics.NOTIFICATION_EVENTS, 3, (short) 1),
                            tuple(Topics.DRILL_EVENTS, 3, (short) 1), tuple(Topics.DRILL_SHARES, 3, (short) 1),
                            tuple(Topics.DRILL_KEYS, 3, (short) 1));
            // a read model is rebuilt from the event topics: they keep every record
            assertThat(started.getBeansOfType(NewTopic.class).values()).filteredOn(topic -> !topic.name()
                    .equals(Topics.DRILL_KEYS)).allSatisfy(topic -> assertThat(topic.configs())
                    .containsEntry("retention.ms", "-1").containsEntry("retention.bytes", "-1"));
            // a deleted drill's key leaves the broker within the bound (ADR 0023)
            assertThat(started.getBean("drillKeysTopic", NewTopic.class).configs())
                    .containsEntry("cleanup.policy", "compact").containsEntry("max.compaction.lag.ms", "3600000")
                    .doesNotContainKey("retention.ms");
        });
    }

    @Test
    void aServiceOrATestSetsTheTopicsAndTheirShape() {
        context.withPropertyValues("vigil.topics.incident-events=vigil.incident-events.it-1",
                "vigil.topics.partitions=6", "vigil.topics.replication-factor=3").run(started ->
                assertThat(started.getBean(TopicSettings.class))
                        .isEqualTo(new TopicSettings("vigil.incident-events.it-1", Topics.INCIDENT_SHARES,
                                Topics.NOTIFICATION_EVENTS, Topics.DRILL_EVENTS, Topics.DRILL_SHARES, Topics.DRILL_KEYS, 6,
                                (short) 3)));
    }

    @Test
    void noPartitionsStopsTheStart() {
        context.withPropertyValues("vigil.topics.partitions=0").run(started -> assertThat(started).hasFailed());
    }
}
