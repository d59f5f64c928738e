package eu.vigil.command.config;

import eu.vigil.command.incident.IncidentClosedException;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetrySchedulerTest {

    private final ConflictRetryScheduler scheduler = ConflictRetryScheduler.of(CommandGatewayConfig.CONFLICT_RETRIES, 1);

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Test
    void givenACommandThatMetAnotherAppendWhenItFailedThenItIsSentAgain() {
        var sentAgain = new AtomicBoolean();

        boolean retried = scheduler.scheduleRetry(new GenericCommandMessage<>("change"), conflict(),
                failures(1), () -> sentAgain.set(true));

        assertThat(retried).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilTrue(sentAgain);
    }

    @Test
    void givenACommandThatMetOtherAppendsOnEveryTryWhenTheRetriesAreSpentThenItFails() {
        boolean retried = scheduler.scheduleRetry(new GenericCommandMessage<>("change"), conflict(),
                failures(CommandGatewayConfig.CONFLICT_RETRIES + 1), () -> { });

        assertThat(retried).isFalse();
    }

    @Test
    void givenABrokenRuleOrAReportMeetingItsOwnIncidentWhenTheCommandFailedThenItIsNotSentAgain() {
        var failures = List.<RuntimeException>of(new IncidentClosedException(),
                new AggregateStreamCreationException("reported already"));

        assertThat(failures).allSatisfy(failure -> assertThat(scheduler.scheduleRetry(
                new GenericCommandMessage<>("change"), failure, failures(1), () -> { })).isFalse());
    }

    private static ConcurrencyException conflict() {
        return new ConcurrencyException("sequence 3 taken", new SQLException("duplicate key", "23505"));
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        var failures = new ArrayList<Class<? extends Throwable>[]>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[]{ConcurrencyException.class});
        }
        return failures;
    }
}
