package eu.vigil.query.feed;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts kept by value ({@code query.indicator_correlation}) follow the sightings in the share's transaction: they
 * go down when a share drops a value or is withdrawn, a value no one shares any more has no row, and after any mix of
 * shares, updates and withdrawals they are what a grouping of the sightings says.
 */
@SpringBootTest
@RealInfrastructure
class CorrelationCountsIT {

    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private final String suffix = "." + UUID.randomUUID().toString().substring(0, 8) + ".test";
    private final Map<UUID, String> expected = new LinkedHashMap<>(); // incident -> "revision withdrawn"

    @Test
    void givenAValueSharedAtThreeHospitalsWhenSharesDropItOrAreWithdrawnThenItsCountsGoDownAndLastItsRowGoes() {
        String value = "pacs" + suffix;
        var gent = new IncidentStory("h-gent");
        var gentAgain = new IncidentStory("h-gent");
        var liege = new IncidentStory("h-liege");
        var namur = new IncidentStory("h-namur");
        var events = new ArrayList<EventEnvelope<?>>();
        for (var story : List.of(gent, gentAgain, liege, namur)) {
            share(events, story, 1, domain(value), domain("other" + suffix));
        }
        publishAndAwait(events);
        assertThat(counts(value)).contains(List.of(3, 4));

        publishAndAwait(List.of(withdraw(namur)));
        assertThat(counts(value)).contains(List.of(2, 3));

        var dropped = new ArrayList<EventEnvelope<?>>();
        share(dropped, liege, 2, domain("other" + suffix));
        publishAndAwait(dropped);
        assertThat(counts(value)).contains(List.of(1, 2));
        assertThat(counts("other" + suffix)).contains(List.of(2, 3));

        publishAndAwait(List.of(withdraw(gent), withdraw(gentAgain)));
        assertThat(counts(value)).isEmpty();
        assertThat(counts("other" + suffix)).contains(List.of(1, 1));
    }

    @Test
    void givenAMixOfSharesUpdatesAndWithdrawalsWhenProjectedThenTheCountsAreAGroupingOfTheSightings() {
        var events = new ArrayList<EventEnvelope<?>>();
        var stories = new ArrayList<IncidentStory>();
        for (int i = 0; i < 8; i++) {
            stories.add(new IncidentStory("h-mix-" + (i % 4)));
        }
        for (int i = 0; i < stories.size(); i++) {
            share(events, stories.get(i), 1, domain("a" + suffix), domain("b" + i % 3 + suffix));
        }
        share(events, stories.get(1), 2, domain("b0" + suffix)); // drops a and b1
        share(events, stories.get(2), 2, domain("a" + suffix), domain("c" + suffix)); // drops b2, adds c
        events.add(withdraw(stories.get(3)));
        events.add(withdraw(stories.get(4)));
        share(events, stories.get(4), 2, domain("c" + suffix)); // shared again after its withdrawal
        share(events, stories.get(5), 2); // keeps nothing to correlate
        share(events, stories.get(6), 1, domain("ignored" + suffix)); // an older revision changes nothing
        publishAndAwait(events);

        var kept = rows("""
                select indicator_type || ' ' || indicator_value || ' ' || hospitals || ' ' || incidents || ' '
                       || first_seen || ' ' || last_seen
                  from query.indicator_correlation where indicator_value like :values order by 1""");
        var grouped = rows("""
                select indicator_type || ' ' || indicator_value || ' ' || count(distinct hospital_id) || ' '
                       || count(*) || ' ' || min(first_seen) || ' ' || max(last_seen)
                  from query.indicator_sighting where indicator_value like :values
                 group by indicator_type, indicator_value order by 1""");
        assertThat(kept).isEqualTo(grouped).hasSize(4)
                .anySatisfy(row -> assertThat(row).startsWith("domain a" + suffix + " 3 4 "))
                .noneSatisfy(row -> assertThat(row).contains("b2" + suffix, "ignored"));
    }

    private void share(List<EventEnvelope<?>> events, IncidentStory story, int revision,
                       SharedIndicator... indicators) {
        if (story.nextSequence() == 0) {
            events.add(story.next(story.reported()));
        }
        events.add(story.next(new IncidentShared(story.incident(), revision, Tlp.GREEN, false,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, "Fake PACS update", Phase.CONTAINMENT,
                PatientCareImpact.DIVERTED_PATIENTS, List.of(), List.of(indicators), YesNoUnknown.NO)));
        expected.merge(story.id(), revision + " false", (was, now) -> was.startsWith(revision + " ")
                || Integer.parseInt(was.split(" ")[0]) > revision ? was : now);
    }

    private EventEnvelope<?> withdraw(IncidentStory story) {
        expected.computeIfPresent(story.id(), (incident, was) -> was.split(" ")[0] + " true");
        return story.next(new IncidentShareWithdrawn(story.incident(), "Not ours"));
    }

    private static SharedIndicator domain(String value) {
        return new SharedIndicator(IndicatorType.DOMAIN, value, Tlp.GREEN);
    }

    // publishes, then waits until each incident's share is at its expected revision, withdrawn or not
    private void publishAndAwait(List<EventEnvelope<?>> events) {
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> expected.entrySet().stream()
                .allMatch(entry -> jdbc.sql("""
                                select revision || ' ' || (withdrawn_at is not null) from query.shared_incident
                                 where incident_id = :incident""").param("incident", entry.getKey())
                        .query(String.class).optional().orElse("").equals(entry.getValue())));
    }

    // hospitals and incidents of the value's kept row, if it has one
    private Optional<List<Integer>> counts(String value) {
        return jdbc.sql("""
                        select hospitals, incidents from query.indicator_correlation
                         where indicator_type = 'domain' and indicator_value = :value""")
                .param("value", value)
                .query((row, n) -> List.of(row.getInt("hospitals"), row.getInt("incidents"))).optional();
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param("values", "%" + suffix).query(String.class).list();
    }
}
