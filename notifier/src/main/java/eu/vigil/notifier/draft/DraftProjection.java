package eu.vigil.notifier.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.DraftSaved;
import eu.vigil.notifier.obligation.DraftContent;
import eu.vigil.notifier.obligation.ObligationMetaData;
import eu.vigil.notifier.obligation.ObligationProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/** Keeps {@code notification.draft_version} in the events' transaction, beside the obligation's row. */
@Component
@ProcessingGroup(ObligationProjection.PROCESSING_GROUP)
class DraftProjection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    DraftProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DraftSaved e, @Timestamp Instant at, @MetaDataValue(ObligationMetaData.ACTOR_ID) String savedBy) {
        var content = new DraftContent(e.reportKind(), e.language(), e.fields());
        jdbc.sql("""
                insert into notification.draft_version (obligation_id, version, report_kind, language, fields,
                       from_incident, digest, saved_by, saved_at)
                values (:id, :version, :kind, :language, cast(:fields as jsonb), cast(:fromIncident as jsonb), :digest,
                        :savedBy, :at)""")
                .param("id", e.obligationId()).param("version", e.version()).param("kind", e.reportKind())
                .param("language", e.language()).param("fields", json(e.fields()))
                .param("fromIncident", json(e.fromIncident())).param("digest", content.digest())
                .param("savedBy", savedBy).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(DraftApproved e, @Timestamp Instant at, @MetaDataValue(ObligationMetaData.ACTOR_ID) String approver) {
        jdbc.sql("""
                update notification.draft_version
                   set approved_by = array_append(approved_by, :approver), approvals_required = :required,
                       approved_at = case when :complete then :at else approved_at end
                 where obligation_id = :id and version = :version""")
                .param("approver", approver).param("required", e.approvalsRequired())
                .param("complete", e.complete()).param("at", at.atOffset(ZoneOffset.UTC))
                .param("id", e.obligationId()).param("version", e.version())
                .update();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
