package eu.vigil.notifier.config;

import eu.vigil.testsupport.AuthorisationMatrix.Row;

import java.util.List;

import static eu.vigil.notifier.config.MatrixObligations.ADMIN;

/** The authorisation matrix's rows for the service's own documents and administration: OpenAPI, dead letters. */
final class AdministrationMatrixRows {

    private AdministrationMatrixRows() {
    }

    static List<Row> of() {
        return List.of(
                // the OpenAPI document (issue 15): anyone logged in reads it, whatever the role or hospital
                new Row("GET /v3/api-docs", "/v3/api-docs", null, caller -> 200),
                new Row("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", null, caller -> 200),
                new Row("GET /api/dead-letters", "/api/dead-letters", null, ADMIN),
                // no record is parked under this id: the administrator is told so, anyone else is refused first
                new Row("POST /api/dead-letters/{id}/replay", "/api/dead-letters/999999/replay", null,
                        caller -> caller.is("ADMIN") ? 404 : 403),
                new Row("GET /admin/dead-letters/notifier", "/admin/dead-letters/notifier", null, ADMIN),
                // the page's Replay button: nothing is parked under this id, the page says so after the redirect
                Row.form("POST /admin/dead-letters/notifier/{id}/replay", "/admin/dead-letters/notifier/999999/replay",
                        "", caller -> caller.is("ADMIN") ? 302 : 403));
    }
}
