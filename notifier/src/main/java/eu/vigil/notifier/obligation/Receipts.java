package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The receipt of each submitted obligation, kept in {@code notification.submission_receipt}: one per obligation, a
 * new one replacing it; the events keep the digest of each. The file and its {@code ReceiptAttached} event are
 * written in one transaction (Axon's command joins it), so a refused command stores no file.
 */
@Service
public class Receipts {

    private final Obligations obligations;
    private final JdbcClient jdbc;

    Receipts(Obligations obligations, JdbcClient jdbc) {
        this.obligations = obligations;
        this.jdbc = jdbc;
    }

    /** @throws ObligationRuleException {@code receipt-before-submission} unless the obligation was submitted */
    @Transactional
    public Receipt attach(ObligationRow obligation, Actor dpo, ReceiptFile file, Instant attachedAt) {
        var receipt = new Receipt(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(), attachedAt,
                dpo.userId());
        obligations.attachReceipt(obligation, dpo, new AttachReceipt(obligation.obligationId(), receipt.fileName(),
                receipt.mediaType(), receipt.sizeBytes(), receipt.sha256(), attachedAt, dpo.userId()));
        jdbc.sql("""
                insert into notification.submission_receipt (obligation_id, hospital_id, file_name, media_type,
                       size_bytes, sha256, bytes, attached_at, attached_by)
                values (:id, :hospital, :name, :type, :size, :sha256, :bytes, :at, :by)
                on conflict (obligation_id) do update
                   set file_name = excluded.file_name, media_type = excluded.media_type,
                       size_bytes = excluded.size_bytes, sha256 = excluded.sha256, bytes = excluded.bytes,
                       attached_at = excluded.attached_at, attached_by = excluded.attached_by""")
                .param("id", obligation.obligationId()).param("hospital", obligation.hospitalId().value())
                .param("name", receipt.fileName()).param("type", receipt.mediaType())
                .param("size", receipt.sizeBytes()).param("sha256", receipt.sha256()).param("bytes", file.bytes())
                .param("at", attachedAt.atOffset(ZoneOffset.UTC)).param("by", receipt.attachedBy())
                .update();
        return receipt;
    }

    public Optional<Receipt> of(ObligationRow obligation) {
        return jdbc.sql("""
                select file_name, media_type, size_bytes, sha256, attached_at, attached_by
                  from notification.submission_receipt where obligation_id = :id and hospital_id = :hospital""")
                .param("id", obligation.obligationId()).param("hospital", obligation.hospitalId().value())
                .query((rs, n) -> new Receipt(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getObject("attached_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("attached_by")))
                .optional();
    }

    public Optional<ReceiptFile> file(ObligationRow obligation) {
        return jdbc.sql("""
                select file_name, media_type, bytes from notification.submission_receipt
                 where obligation_id = :id and hospital_id = :hospital""")
                .param("id", obligation.obligationId()).param("hospital", obligation.hospitalId().value())
                .query((rs, n) -> new ReceiptFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("bytes")))
                .optional();
    }
}
