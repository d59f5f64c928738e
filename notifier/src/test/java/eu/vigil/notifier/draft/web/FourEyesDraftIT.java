package eu.vigil.notifier.draft.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A hospital that asks for four eyes: a version is approved by two different DPOs before it can be exported. */
class FourEyesDraftIT extends DraftFixture {

    @Override
    boolean fourEyes() {
        return true;
    }

    @Test
    void givenFourEyesWhenOneDpoApprovesThenTheVersionWaitsForASecondAndIsNotExported() {
        var saved = save(ANNA, 0, complete("Ransomware")).getBody();

        var first = approve(ANNA, saved);
        var again = approve(ANNA, saved);

        assertThat(first.getBody().get("status").asText()).isEqualTo("awaiting-second-approval");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:second-approver-required");
        assertThat(export(1, "pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void givenOneApprovalWhenAnotherDpoApprovesThenTheVersionIsApprovedByBothAndExported() {
        var saved = save(ANNA, 0, complete("Ransomware")).getBody();
        approve(ANNA, saved);

        var second = approve(BART, saved);

        assertThat(second.getBody().get("status").asText()).isEqualTo("approved");
        assertThat(second.getBody().get("approvedBy")).extracting(n -> n.asText()).containsExactly(ANNA, BART);
        assertThat(export(1, "pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        var approvedTwice = approve(BART, saved);
        assertThat(approvedTwice.getBody().get("type").asText())
                .isEqualTo("urn:vigil:problem:draft-already-approved");
    }
}
