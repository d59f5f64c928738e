package eu.vigil.command.config;

import eu.vigil.testsupport.AuthorisationMatrix.Row;

import java.util.List;

import static eu.vigil.command.config.MatrixIncidents.ownIncident;

/** The authorisation matrix's rows for the incident API. */
final class ApiMatrixRows {

    private ApiMatrixRows() {
    }

    // a security officer always reports for the hospital in the token, so 'another hospital' reports its own
    static List<Row> of(MatrixIncidents on) {
        String incident = on.incident();
        String reason = "{\"reason\": \"False positive\"}";
        return List.of(
                new Row("POST /api/incidents", "/api/incidents", on.report(),
                        caller -> caller.is("SECURITY_OFFICER") ? 201 : 403),
                new Row("POST /api/incidents/{id}/awareness-corrections", incident + "/awareness-corrections",
                        "{\"awareAt\": \"%s\", \"reason\": \"Unchanged\"}".formatted(on.aware()),
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/classification", incident + "/classification",
                        "{\"category\": \"malicious-code/infected-system\", \"severity\": \"high\"}",
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/impact", incident + "/impact",
                        "{\"patientCareImpact\": \"degraded\"}", ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/personal-data", incident + "/personal-data",
                        "{\"involved\": \"unknown\"}", ownIncident(200, "SECURITY_OFFICER", "DPO")),
                new Row("PUT /api/incidents/{id}/significance", incident + "/significance",
                        "{\"significance\": \"undecided\"}", ownIncident(200, "SECURITY_OFFICER", "DPO")),
                new Row("POST /api/incidents/{id}/phase-changes", incident + "/phase-changes",
                        "{\"phase\": \"analysis\"}", ownIncident(200, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/reopenings", on.contained() + "/reopenings",
                        "{\"phase\": \"analysis\", \"reason\": \"Too early\"}", ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/handling-concluded", incident + "/handling-concluded",
                        "{\"concludedAt\": \"%s\", \"summary\": \"Restored from backups\"}".formatted(on.aware()),
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/impact-ended", incident + "/impact-ended",
                        "{\"endedAt\": \"%s\", \"note\": \"PACS back in service\"}".formatted(on.aware()),
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/timeline", incident + "/timeline", on.entry(),
                        ownIncident(201, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/indicators", incident + "/indicators",
                        "{\"type\": \"ipv4\", \"value\": \"203.0.113.9\", \"tlp\": \"green\"}",
                        ownIncident(201, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/indicators/{indicatorId}/withdrawal", on.indicator() + "/withdrawal",
                        reason, ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/share", incident + "/share",
                        "{\"tlp\": \"clear\", \"sectorView\": true, \"summary\": \"Beaconing to a C2 server\"}",
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/share/withdrawal", on.shared() + "/share/withdrawal", reason,
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("GET /api/incidents/{id}/integrity", incident + "/integrity", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")));
    }
}
