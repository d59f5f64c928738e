package eu.vigil.query.feed;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.query.IncidentStory;
import eu.vigil.query.projection.Target;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two shares of one value applied at the same time, as two consumers or two instances of query-service would: the
 * second waits for the first one's commit before it counts, so the value is counted at both hospitals.
 */
@SpringBootTest
@RealInfrastructure
class ConcurrentSharesIT {

    @Autowired SharedIncidentProjection projection;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void givenTwoSharesOfOneValueAppliedAtOnceWhenBothCommitThenTheValueIsCountedAtBothHospitals() throws Exception {
        String value = "pacs." + UUID.randomUUID().toString().substring(0, 8) + ".test";
        var first = shareOf(new IncidentStory("h-turn-a"), value);
        var second = shareOf(new IncidentStory("h-turn-b"), value);
        var firstApplied = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var firstCommitted = threads.submit(() -> transactions.executeWithoutResult(transaction -> {
                projection.apply(List.of(first), Target.LIVE);
                firstApplied.countDown();
                // the first share's transaction stays open until the second one waits for its turn
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted")
                        .query(Long.class).single() > 0);
            }));
            assertThat(firstApplied.await(30, TimeUnit.SECONDS)).isTrue();
            var secondCommitted = threads.submit(() -> transactions.executeWithoutResult(
                    transaction -> projection.apply(List.of(second), Target.LIVE)));

            firstCommitted.get(60, TimeUnit.SECONDS);
            secondCommitted.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.sql("""
                        select hospitals from query.indicator_correlation
                         where indicator_type = 'domain' and indicator_value = :value""")
                .param("value", value).query(Integer.class).single()).isEqualTo(2);
    }

    private static EventEnvelope<IncidentEvent> shareOf(IncidentStory story, String value) {
        return story.next(new IncidentShared(story.incident(), 1, Tlp.GREEN, false,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, "Fake PACS update", Phase.CONTAINMENT,
                PatientCareImpact.DIVERTED_PATIENTS, List.of(),
                List.of(new SharedIndicator(IndicatorType.DOMAIN, value, Tlp.GREEN)), YesNoUnknown.NO));
    }
}
