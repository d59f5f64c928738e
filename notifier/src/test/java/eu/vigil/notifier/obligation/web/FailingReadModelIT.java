package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-model row the subscribing obligation-view cannot write fails the DPO's decision: the caller is told, and
 * the obligation's events and its row stay as they were (Axon's default handler error policy logged and answered 200).
 */
@ExtendWith(OutputCaptureExtension.class)
class FailingReadModelIT extends BruggeObligationsFixture {

    private static final String REFUSED = "A reason the read model refuses";

    @Autowired JdbcClient jdbc;

    @AfterEach
    void theReadModelAcceptsEveryReasonAgain() {
        jdbc.sql("alter table notification.obligation drop constraint if exists obligation_refuses_test_reason")
                .update();
    }

    @Test
    void aDecisionWhoseReadModelRowCannotBeWrittenAnswersAProblemAndRecordsNothing(CapturedOutput output) {
        var gdpr = ObligationIds.of(incident, "GDPR_SA_NOTIFICATION");
        long events = events(gdpr);
        jdbc.sql("alter table notification.obligation add constraint obligation_refuses_test_reason"
                + " check (reason is distinct from '" + REFUSED + "')").update();

        var response = http.exchange("/api/obligations/" + gdpr + "/not-required", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("reason", REFUSED)), JsonNode.class);

        assertThat(response.getStatusCode().is5xxServerError()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:internal-error");
        assertThat(events(gdpr)).isEqualTo(events);
        var row = view.find(gdpr).orElseThrow();
        assertThat(row.status().isRunning()).isTrue();
        assertThat(output.getAll()).as("the failure is logged without the DPO's free text")
                .contains("obligation_refuses_test_reason").doesNotContain(REFUSED);
    }

    private long events(UUID obligation) {
        return jdbc.sql("select count(*) from notification.domain_event_entry where aggregate_identifier = :id")
                .param("id", obligation.toString()).query(Long.class).single();
    }
}
