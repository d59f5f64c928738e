package eu.vigil.notifier.config;

import eu.vigil.testsupport.AuthorisationMatrix.Row;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static eu.vigil.notifier.config.MatrixObligations.HOSPITAL_STAFF;
import static eu.vigil.notifier.config.MatrixObligations.OBLIGATIONS;
import static eu.vigil.notifier.config.MatrixObligations.OWN_DPO;
import static eu.vigil.notifier.config.MatrixObligations.OWN_DPO_CREATES;
import static eu.vigil.notifier.config.MatrixObligations.OWN_DPO_FORM;
import static eu.vigil.notifier.config.MatrixObligations.OWN_READERS;

/**
 * The authorisation matrix's rows for the obligations: their API, receipts, the deadline pages, the incidents the
 * notifier has seen and the GDPR breach register.
 */
final class ObligationMatrixRows {

    private ObligationMatrixRows() {
    }

    static List<Row> of(MatrixObligations on) {
        String earlyWarning = OBLIGATIONS + on.earlyWarning();
        String receipt = OBLIGATIONS + on.receiptFor() + "/receipt";
        return List.of(
                new Row("GET /api/obligations", "/api/obligations", null, HOSPITAL_STAFF),
                new Row("GET /api/obligations/{obligationId}", earlyWarning, null, OWN_READERS),
                new Row("POST /api/obligations/{obligationId}/submission",
                        OBLIGATIONS + on.notification() + "/submission",
                        "{\"submittedAt\":\"" + on.submittedJustNow() + "\",\"reference\":\"CCB-1\"}", OWN_DPO),
                new Row("POST /api/obligations/{obligationId}/not-required", OBLIGATIONS + on.gdpr() + "/not-required",
                        "{\"reason\":\"Encrypted backups: unlikely to result in a risk\"}", OWN_DPO),
                new Row("POST /api/obligations/intermediate-reports", "/api/obligations/intermediate-reports",
                        "{\"incidentId\":\"" + on.incident() + "\",\"requestedAt\":\"" + on.submittedJustNow()
                                + "\",\"dueAt\":\"" + Instant.now().plusSeconds(86400) + "\",\"request\":\"status\"}",
                        OWN_DPO_CREATES),
                new Row("POST /api/obligations/data-subject-communications",
                        "/api/obligations/data-subject-communications",
                        "{\"incidentId\":\"" + on.incident() + "\",\"reasons\":\"health data of 900 patients\"}",
                        OWN_DPO_CREATES),
                new Row("GET /api/obligations/{obligationId}/integrity", earlyWarning + "/integrity", null,
                        OWN_READERS),
                new Row("PUT /api/obligations/{obligationId}/receipt", receipt, "Received, reference CCB-1",
                        OWN_DPO_CREATES, MediaType.TEXT_PLAIN, false),
                new Row("GET /api/obligations/{obligationId}/receipt", receipt, null, OWN_READERS),
                new Row("POST /deadlines/{obligationId}/receipt", "/deadlines/" + on.receiptFor() + "/receipt",
                        "--vigil\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ack.txt\"\r\n"
                                + "Content-Type: text/plain\r\n\r\nReceived, reference CCB-1\r\n--vigil--\r\n",
                        OWN_DPO_FORM, MediaType.parseMediaType("multipart/form-data; boundary=vigil"), false),
                new Row("GET /deadlines", "/deadlines", null, HOSPITAL_STAFF),
                new Row("GET /deadlines/{obligationId}", "/deadlines/" + on.earlyWarning(), null, OWN_READERS),
                new Row("GET /deadlines/{obligationId}/integrity", "/deadlines/" + on.earlyWarning() + "/integrity",
                        null, OWN_READERS),
                Row.form("POST /deadlines/{obligationId}/submission", "/deadlines/" + on.earlyWarning() + "/submission",
                        "submittedAt=" + LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)
                                .truncatedTo(ChronoUnit.MINUTES) + "&timeZone=UTC", OWN_DPO_FORM),
                Row.form("POST /deadlines/{obligationId}/not-required",
                        "/deadlines/" + on.recipients() + "/not-required",
                        "reason=Nobody+outside+the+hospital+was+affected", OWN_DPO_FORM),

                new Row("GET /api/seen-incidents/{incidentId}", "/api/seen-incidents/" + on.incident(), null,
                        OWN_READERS),
                new Row("GET /api/seen-incidents", "/api/seen-incidents", null, HOSPITAL_STAFF),
                new Row("GET /seen-incidents", "/seen-incidents", null, HOSPITAL_STAFF),

                // the GDPR Art. 33(5) register: a DPO reads only their own hospital's, the officer none
                new Row("GET /api/breach-register", "/api/breach-register?year=2026&status=pending", null,
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /breach-register", "/breach-register?year=2026", null,
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /breach-register.csv", "/breach-register.csv?status=notified", null,
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /breach-register.pdf", "/breach-register.pdf", null,
                        caller -> caller.is("DPO") ? 200 : 403));
    }
}
