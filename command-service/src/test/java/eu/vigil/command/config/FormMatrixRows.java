package eu.vigil.command.config;

import eu.vigil.testsupport.AuthorisationMatrix.Row;

import java.util.List;
import java.util.UUID;

import static eu.vigil.command.config.MatrixIncidents.ownIncident;

/**
 * The authorisation matrix's rows for the forms: the API's rules, a page (200) for GET and a redirect (302) after a
 * post.
 */
final class FormMatrixRows {

    private FormMatrixRows() {
    }

    static List<Row> of(MatrixIncidents on) {
        String page = on.page();
        String local = on.local();
        String token = "&requestToken=" + UUID.randomUUID();
        return List.of(
                new Row("GET /incidents/new", "/incidents/new", null,
                        caller -> caller.is("SECURITY_OFFICER") ? 200 : 403),
                Row.form("POST /incidents/new", "/incidents/new",
                        "summary=Phishing&category=fraud%2Fphishing&awareAt=" + local + token,
                        caller -> caller.is("SECURITY_OFFICER") ? 302 : 403),
                new Row("GET /incidents/{id}/timeline/new", page + "/timeline/new", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/timeline/new", page + "/timeline/new",
                        "kind=action&text=Isolated&happenedAt=" + local + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/timeline/{entryId}/correction",
                        page + "/timeline/" + on.entryId() + "/correction", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/timeline/{entryId}/correction",
                        page + "/timeline/" + on.entryId() + "/correction",
                        "kind=action&text=Isolated&correctionReason=Typo&happenedAt=" + local + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/indicators/new", page + "/indicators/new", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/indicators/new", page + "/indicators/new",
                        "type=ipv4&value=198.51.100.7&tlp=green" + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/indicators/{indicatorId}/correction",
                        page + "/indicators/" + on.toCorrect() + "/correction", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/indicators/{indicatorId}/correction",
                        page + "/indicators/" + on.toCorrect() + "/correction",
                        "type=domain&value=corrected.example&tlp=amber&correctionReason=Typo" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/indicators/{indicatorId}/withdrawal",
                        page + "/indicators/" + on.toWithdraw() + "/withdrawal", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/indicators/{indicatorId}/withdrawal",
                        page + "/indicators/" + on.toWithdraw() + "/withdrawal", "reason=Our+VPN" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/classification", page + "/classification", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/classification", page + "/classification",
                        "category=malicious-code%2Finfected-system&severity=critical" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/impact", page + "/impact", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/impact", page + "/impact", "patientCareImpact=none" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/personal-data", page + "/personal-data", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")),
                Row.form("POST /incidents/{id}/personal-data", page + "/personal-data", "involved=no" + token,
                        ownIncident(302, "SECURITY_OFFICER", "DPO")),
                new Row("GET /incidents/{id}/significance", page + "/significance", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")),
                Row.form("POST /incidents/{id}/significance", page + "/significance", "significance=yes" + token,
                        ownIncident(302, "SECURITY_OFFICER", "DPO")),
                new Row("GET /incidents/{id}/awareness", page + "/awareness", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/awareness", page + "/awareness",
                        "reason=Unchanged&awareAt=" + local + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/phase", page + "/phase", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/phase", page + "/phase", "phase=eradication" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/reopening", on.containedPage() + "/reopening",
                        "phase=analysis&note=Too+early" + token, ownIncident(302, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/handling-concluded", page + "/handling-concluded",
                        "concludedAt=" + local + "&summary=Restored" + token, ownIncident(302, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/impact-ended", page + "/impact-ended",
                        "endedAt=" + local + "&note=PACS+back" + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/share", page + "/share", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/share", page + "/share", "tlp=green&sectorView=true&summary=C2+beacon" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/share/withdrawal", on.sharedPage() + "/share/withdrawal",
                        "reason=Mistake" + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/integrity", page + "/integrity", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")));
    }
}
