package eu.vigil.notifier.config;

import eu.vigil.testsupport.AuthorisationMatrix.Row;

import java.util.List;

import static eu.vigil.notifier.config.MatrixObligations.HOSPITAL_STAFF;
import static eu.vigil.notifier.config.MatrixObligations.OBLIGATIONS;
import static eu.vigil.notifier.config.MatrixObligations.OWN_DPO;
import static eu.vigil.notifier.config.MatrixObligations.OWN_DPO_CREATES;
import static eu.vigil.notifier.config.MatrixObligations.OWN_DPO_FORM;
import static eu.vigil.notifier.config.MatrixObligations.OWN_READERS;

/** The authorisation matrix's rows for the report drafts (issue 14): their API, export schema and pages. */
final class DraftMatrixRows {

    private DraftMatrixRows() {
    }

    static List<Row> of(MatrixObligations on) {
        var drafts = on.drafts();
        String toApproveByApi = OBLIGATIONS + drafts.toApproveByApi() + "/draft/versions";
        return List.of(
                new Row("GET /api/obligations/{obligationId}/draft", OBLIGATIONS + on.earlyWarning() + "/draft", null,
                        OWN_READERS),
                new Row("POST /api/obligations/{obligationId}/draft/versions",
                        OBLIGATIONS + drafts.recipients() + "/draft/versions",
                        "{\"basedOn\":0,\"language\":\"en\",\"fields\":{\"plainLanguageSummary\":\"Mail is down\"}}",
                        OWN_DPO_CREATES),
                new Row("GET /api/obligations/{obligationId}/draft/versions", toApproveByApi, null, OWN_READERS),
                new Row("GET /api/obligations/{obligationId}/draft/versions/{version}", toApproveByApi + "/1", null,
                        OWN_READERS),
                new Row("POST /api/obligations/{obligationId}/draft/versions/{version}/approval",
                        toApproveByApi + "/1/approval",
                        "{\"contentDigest\":\"" + drafts.toApproveByApiDigest() + "\"}", OWN_DPO),
                new Row("GET /api/obligations/{obligationId}/draft/versions/{version}/export/{format}",
                        OBLIGATIONS + drafts.approved() + "/draft/versions/1/export/pdf", null, OWN_READERS),
                new Row("GET /deadlines/{obligationId}/draft", "/deadlines/" + on.earlyWarning() + "/draft", null,
                        OWN_READERS),
                new Row("GET /api/schemas/draft-export.schema.json", "/api/schemas/draft-export.schema.json", null,
                        HOSPITAL_STAFF),
                new Row("GET /deadlines/{obligationId}/draft/diff", "/deadlines/" + drafts.toApproveByApi()
                        + "/draft/diff?from=1&to=1", null, OWN_READERS),
                Row.form("POST /deadlines/{obligationId}/draft", "/deadlines/" + drafts.gdpr() + "/draft",
                        "basedOn=0&language=en&field-summary=Mail+is+down", OWN_DPO_FORM),
                Row.form("POST /deadlines/{obligationId}/draft/approval", "/deadlines/" + drafts.toApprove()
                        + "/draft/approval", "version=1&contentDigest=" + drafts.toApproveDigest(), OWN_DPO_FORM));
    }
}
