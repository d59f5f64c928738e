package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.DraftSaved;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A draft's versions, approvals (with and without four eyes) and the submission that names what was sent. */
class DraftLifecycleTest {

    private static final Instant AWARE = Instant.parse("2026-03-28T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-29T09:00:00Z");
    private static final UUID ID = UUID.randomUUID();
    private static final Actor ANNA = new Actor("u-dpo-anna", "DPO");
    private static final Actor BART = new Actor("u-dpo-bart", "DPO");
    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    private static final DraftContent V1 = content("Ransomware on the imaging servers");
    private static final DraftContent V2 = content("Ransomware on the imaging servers and the PACS archive");
    private static final Set<String> REQUIRED = Set.of("summary", "suspectedMalicious");

    private final AggregateTestFixture<Obligation> fixture = new AggregateTestFixture<>(Obligation.class);

    @BeforeEach
    void reminders() {
        ReminderPlans plans = incident -> new ReminderPlan(List.of(Duration.ofHours(1)));
        fixture.registerInjectableResource(plans);
    }

    @Test
    void givenAnOpenObligationWhenTheDpoSavesTheFirstVersionThenItIsVersionOne() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened())
                .when(new SaveDraft(ID, 0, V1, List.of("summary")))
                .expectEvents(new DraftSaved(ID, 1, "nis2-early-warning", "en", V1.fields(), List.of("summary")));
    }

    @Test
    void givenVersionOneWhenASaveIsBasedOnNothingThenItIsRefusedAsChanged() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1))
                .when(new SaveDraft(ID, 0, V2, List.of()))
                .expectException(ObligationRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("draft-changed"))
                .expectNoEvents();
    }

    @Test
    void givenOneApprovalRequiredWhenTheDpoApprovesThenTheVersionIsApproved() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1))
                .when(approve(ANNA, 1, V1.digest(), 1), meta(ANNA))
                .expectEvents(new DraftApproved(ID, 1, V1.digest(), 1, 1));
    }

    @Test
    void givenAnApprovedVersionWhenItIsApprovedAgainThenItIsRefused() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1), approved(ANNA, 1, V1, 1, 1))
                .when(approve(BART, 1, V1.digest(), 1), meta(BART))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("draft-already-approved"))
                .expectNoEvents();
    }

    @Test
    void givenFourEyesWhenTheSamePersonApprovesTwiceThenTheSecondIsRefused() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1), approved(ANNA, 1, V1, 1, 2))
                .when(approve(ANNA, 1, V1.digest(), 2), meta(ANNA))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("second-approver-required"))
                .expectNoEvents();
    }

    @Test
    void givenFourEyesWhenASecondPersonApprovesThenTheVersionIsApproved() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1), approved(ANNA, 1, V1, 1, 2))
                .when(approve(BART, 1, V1.digest(), 2), meta(BART))
                .expectEvents(new DraftApproved(ID, 1, V1.digest(), 2, 2));
    }

    @Test
    void givenARequiredFieldEmptyWhenTheDpoApprovesThenItIsRefusedNamingTheField() {
        var withoutSummary = new DraftContent("nis2-early-warning", "en", Map.of("suspectedMalicious", "Yes"));
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, withoutSummary))
                .when(approve(ANNA, 1, withoutSummary.digest(), 1), meta(ANNA))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("draft-incomplete (fields.summary)"))
                .expectNoEvents();
    }

    @Test
    void givenTheApproverReadAnOlderContentWhenApprovingThenItIsRefusedAsChanged() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1), saved(2, V2))
                .when(approve(ANNA, 2, V1.digest(), 1), meta(ANNA))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("draft-changed"))
                .expectNoEvents();
    }

    @Test
    void givenAnApprovedVersionWhenItIsEditedThenANewUnapprovedVersionFollowsAndTheOldOneStaysApproved() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1), approved(ANNA, 1, V1, 1, 1), saved(2, V2))
                .when(new SubmitObligation(ID, AWARE.plusSeconds(30), "CCB-17", null, 1, "portal"), meta(ANNA))
                .expectEvents(new ObligationSubmitted(ID, AWARE.plusSeconds(30), "CCB-17", null, 1, V1.digest(),
                        "portal"));
    }

    @Test
    void givenAVersionNotApprovedWhenASubmissionNamesItThenItIsRefused() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), saved(1, V1))
                .when(new SubmitObligation(ID, AWARE.plusSeconds(30), "CCB-17", null, 1, "portal"), meta(ANNA))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("draft-not-approved"))
                .expectNoEvents();
    }

    @Test
    void givenASubmittedObligationWhenTheDraftIsSavedThenItIsRefusedAsClosed() {
        fixture.givenCurrentTime(AWARE.plusSeconds(60))
                .andGiven(opened(), new ObligationSubmitted(ID, AWARE, null, null))
                .when(new SaveDraft(ID, 0, V1, List.of()))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("obligation-closed"))
                .expectNoEvents();
    }

    private static DraftContent content(String summary) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("summary", summary);
        fields.put("suspectedMalicious", "Yes");
        return new DraftContent("nis2-early-warning", "en", fields);
    }

    private static DraftSaved saved(int version, DraftContent content) {
        return new DraftSaved(ID, version, content.reportKind(), content.language(), content.fields(), List.of());
    }

    private static ApproveDraft approve(Actor who, int version, String digest, int required) {
        return new ApproveDraft(ID, version, digest, who.userId(), required, REQUIRED);
    }

    // the approver is named by the event's metadata, as Obligations sends every command
    private static GenericEventMessage<DraftApproved> approved(Actor who, int version, DraftContent content,
                                                                int approvals, int required) {
        return new GenericEventMessage<>(new DraftApproved(ID, version, content.digest(), approvals, required),
                meta(who));
    }

    private static org.axonframework.messaging.MetaData meta(Actor who) {
        return ObligationMetaData.of(who, BRUGGE);
    }

    private static ObligationOpened opened() {
        return new ObligationOpened(ID, IncidentId.generate(), BRUGGE, "NIS2_EARLY_WARNING", "nis2", "Early warning",
                "csirt", "CCB (CERT.be)", "NIS2 Art. 23(4)(a)",
                URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "2026-11-23", false, AWARE, DUE,
                "Europe/Brussels", false, null);
    }
}
