package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.contracts.notification.ReceiptAttached;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A receipt belongs to a submitted report: before the submission it is refused, after it each one is recorded. */
class ReceiptRuleTest {

    private static final Instant AWARE = Instant.parse("2026-03-28T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-29T09:00:00Z");
    private static final Instant ATTACHED = DUE.minus(Duration.ofHours(2));
    private static final UUID ID = UUID.randomUUID();
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final AggregateTestFixture<Obligation> fixture = new AggregateTestFixture<>(Obligation.class);

    @BeforeEach
    void reminders() {
        ReminderPlans plans = incident -> new ReminderPlan(List.of(Duration.ofHours(1)));
        fixture.registerInjectableResource(plans);
    }

    @Test
    void givenASubmittedReportWhenTheDpoAttachesTheReceiptThenItsDigestIsRecorded() {
        fixture.givenCurrentTime(ATTACHED)
                .andGiven(opened(), new ObligationSubmitted(ID, ATTACHED.minusSeconds(600), "CCB-17", null))
                .when(attach("ccb-ack.pdf"))
                .expectEvents(new ReceiptAttached(ID, "ccb-ack.pdf", "application/pdf", 48_213, DIGEST, ATTACHED,
                        "u-dpo-anna"));
    }

    @Test
    void givenAnAttachedReceiptWhenAnotherIsAttachedThenItIsRecordedToo() {
        fixture.givenCurrentTime(ATTACHED)
                .andGiven(opened(), new ObligationSubmitted(ID, ATTACHED.minusSeconds(600), "CCB-17", null),
                        new ReceiptAttached(ID, "scan.png", "image/png", 10, DIGEST, ATTACHED, "u-dpo-anna"))
                .when(attach("ccb-ack.pdf"))
                .expectEvents(new ReceiptAttached(ID, "ccb-ack.pdf", "application/pdf", 48_213, DIGEST, ATTACHED,
                        "u-dpo-anna"));
    }

    @Test
    void givenAnOpenObligationWhenAReceiptIsAttachedThenItIsRefused() {
        fixture.givenCurrentTime(ATTACHED)
                .andGiven(opened())
                .when(attach("ccb-ack.pdf"))
                .expectException(ObligationRuleException.class)
                .expectExceptionMessage(Matchers.containsString("receipt-before-submission"))
                .expectNoEvents();
    }

    @Test
    void givenALateObligationWhenAReceiptIsAttachedThenItIsRefused() {
        fixture.givenCurrentTime(DUE.plusSeconds(60))
                .andGiven(opened(), new DeadlineMissed(ID, DUE))
                .when(attach("ccb-ack.pdf"))
                .expectExceptionMessage(Matchers.containsString("receipt-before-submission"))
                .expectNoEvents();
    }

    private static AttachReceipt attach(String name) {
        return new AttachReceipt(ID, name, "application/pdf", 48_213, DIGEST, ATTACHED, "u-dpo-anna");
    }

    private static ObligationOpened opened() {
        return new ObligationOpened(ID, IncidentId.generate(), HospitalId.of("h-brugge"), "NIS2_EARLY_WARNING",
                "nis2", "Early warning", "csirt", "CCB (CERT.be)", "NIS2 Art. 23(4)(a)",
                URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "2026-11-23", false, AWARE, DUE,
                "Europe/Brussels", false, null);
    }
}
