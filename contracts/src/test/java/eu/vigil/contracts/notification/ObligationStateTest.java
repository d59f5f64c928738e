package eu.vigil.contracts.notification;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObligationStateTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");
    private static final Instant DUE = AWARE.plus(Duration.ofHours(24));
    private static final ObligationOpened OPENED = new ObligationOpened(ID, IncidentId.generate(),
            HospitalId.of("h-brugge"), "NIS2_EARLY_WARNING", "nis2", "Early warning", "csirt", "CCB",
            "NIS2 Art. 23(4)(a)", URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1", false,
            AWARE, DUE, "Europe/Brussels", true, null);

    @Test
    void givenAnOpeningThenTheObligationRunsFromItsTriggerToItsDueInstant() {
        var state = ObligationState.NONE.apply(OPENED);

        assertThat(state.status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(state.dueAt()).isEqualTo(DUE);
        assertThat(state.authority()).isEqualTo("CCB");
        assertThat(state.significanceUndecided()).isTrue();
        assertThat(state.lastSequence()).isZero();
    }

    @Test
    void anEventBeforeTheOpeningOrASecondOpeningIsRefused() {
        assertThatThrownBy(() -> ObligationState.NONE.apply(new DeadlineMissed(ID, DUE)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ObligationState.of(List.of(OPENED, OPENED)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenALateObligationWhenItsDueInstantMovesThenItRunsAgainWithNoReminderSent() {
        var later = DUE.plus(Duration.ofHours(6));

        var state = ObligationState.of(List.of(OPENED, new ReminderTriggered(ID, DUE, Duration.ofHours(4)),
                new DeadlineMissed(ID, DUE), new ObligationDueMoved(ID, AWARE.plusSeconds(21600), later,
                        "awareness corrected", null, null)));

        assertThat(state.status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(state.dueAt()).isEqualTo(later);
        assertThat(state.remindersSent()).isZero();
        assertThat(state.timeZone()).isEqualTo("Europe/Brussels");
    }

    @Test
    void givenALateObligationWhenAProfileNamesOnlyItsAuthorityThenItStaysLate() {
        var state = ObligationState.of(List.of(OPENED, new DeadlineMissed(ID, DUE),
                new ObligationDueMoved(ID, AWARE, DUE, "profile saved", "Europe/Brussels", "CCB / Safeonweb")));

        assertThat(state.status()).isEqualTo(ObligationStatus.LATE);
        assertThat(state.authority()).isEqualTo("CCB / Safeonweb");
    }

    @Test
    void onlyAnApprovalByAsManyPeopleAsRequiredCountsAsApproved() {
        var state = ObligationState.of(List.of(OPENED, saved(1), new DraftApproved(ID, 1, "sha-1", 1, 2)));
        assertThat(state.approvedVersion()).isZero();

        state = state.apply(new DraftApproved(ID, 1, "sha-1", 2, 2));
        assertThat(state.draftVersion()).isEqualTo(1);
        assertThat(state.approvedVersion()).isEqualTo(1);
    }

    @Test
    void givenASubmissionThenTheObligationIsClosedWithWhatWasSent() {
        var submitted = new ObligationSubmitted(ID, DUE.minusSeconds(60), "CCB-2026-17", null, 1, "sha-1", "portal");

        var state = ObligationState.of(List.of(OPENED, saved(1), new DraftApproved(ID, 1, "sha-1", 1, 1),
                new SignificanceConfirmed(ID), submitted));

        assertThat(state.status()).isEqualTo(ObligationStatus.SUBMITTED);
        assertThat(state.status().isRunning()).isFalse();
        assertThat(state.submission()).isEqualTo(submitted);
        assertThat(state.significanceUndecided()).isFalse();
    }

    @Test
    void givenAWithdrawnObligationWhenReinstatedThenItRunsAgainWithoutTheReason() {
        var withdrawn = ObligationState.of(List.of(OPENED, new ObligationWithdrawn(ID, "Not significant")));
        assertThat(withdrawn.status()).isEqualTo(ObligationStatus.WITHDRAWN);
        assertThat(withdrawn.reason()).isEqualTo("Not significant");

        var reinstated = withdrawn.apply(new ObligationReinstated(ID, AWARE, DUE, false));

        assertThat(reinstated.status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(reinstated.reason()).isNull();
        assertThat(ObligationState.of(List.of(OPENED, new ObligationDeclaredNotRequired(ID, "No high risk")))
                .status()).isEqualTo(ObligationStatus.NOT_REQUIRED);
    }

    @Test
    void everyNotificationEventTypeHasAFold() {
        var handled = List.of(OPENED, new ObligationDueMoved(ID, AWARE, DUE, "r", null, null),
                new SignificanceConfirmed(ID), new ReminderTriggered(ID, DUE, Duration.ofHours(1)),
                new DeadlineMissed(ID, DUE), new ObligationSubmitted(ID, DUE, null, null),
                new ObligationDeclaredNotRequired(ID, "r"), new ObligationWithdrawn(ID, "r"),
                new ObligationReinstated(ID, AWARE, DUE, false), saved(1), new DraftApproved(ID, 1, "d", 1, 1),
                new ReceiptAttached(ID, "ack.pdf", "application/pdf", 9, "ab", DUE, "u-dpo"));

        assertThat(handled.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(NotificationEvent.class.getPermittedSubclasses());
        assertThat(ObligationState.of(handled).lastSequence()).isEqualTo(handled.size() - 1);
    }

    @Test
    void theStateWrittenAsJsonReadsBackEqual() throws Exception {
        var state = ObligationState.of(List.of(OPENED, saved(2), new ObligationSubmitted(ID, DUE, "ref", null)));

        var json = EventJson.mapper().writeValueAsString(state);

        assertThat(EventJson.mapper().readValue(json, ObligationState.class)).isEqualTo(state);
    }

    private static DraftSaved saved(int version) {
        return new DraftSaved(ID, version, "nis2-early-warning", "en", Map.of("summary", "Ransomware"), List.of());
    }
}
