package eu.vigil.notifier.config;

import eu.vigil.testsupport.AuthorisationMatrix.Caller;
import eu.vigil.testsupport.AuthorisationMatrix.Row;

import java.util.List;
import java.util.function.ToIntFunction;

import static eu.vigil.notifier.config.MatrixObligations.ADMIN;
import static eu.vigil.notifier.config.MatrixObligations.HOSPITAL_STAFF;

/**
 * The authorisation matrix's rows for the deadline calendars, the hospitals' notification profiles (issue 15) with
 * the warning of a missing one, and the authority catalogue (issue 14).
 */
final class CalendarAndProfileMatrixRows {

    private static final String PROFILE = "{\"country\":\"BE\",\"timeZone\":\"Europe/Brussels\","
            + "\"nis2Authority\":\"CCB (CERT.be)\",\"dataProtectionAuthority\":\"APD/GBA\","
            + "\"dpoEmail\":\"dpo@brugge.example\",\"securityOfficerEmail\":\"security@brugge.example\"}";

    private CalendarAndProfileMatrixRows() {
    }

    static List<Row> of(String own, MatrixObligations on) {
        // issue 14: every page's missing-profile warning; 204 where there is nothing to warn about
        ToIntFunction<Caller> profileWarning = caller -> caller.isOwn("SECURITY_OFFICER", "DPO") ? 204
                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? (on.otherWarned() ? 200 : 204)
                : caller.is("ADMIN") && on.adminWarned() ? 200 : 204;
        return List.of(
                new Row("GET /deadlines/calendar", "/deadlines/calendar", null, HOSPITAL_STAFF),
                Row.form("POST /deadlines/calendar", "/deadlines/calendar", "", HOSPITAL_STAFF),
                new Row("GET /api/calendars/hospital.ics", "/api/calendars/hospital.ics", null, HOSPITAL_STAFF),
                Row.open("GET /calendar/{token}.ics", "/calendar/not-a-token.ics", caller -> 404),

                new Row("GET /api/notification-profiles/{hospitalId}", "/api/notification-profiles/" + own, null,
                        ADMIN),
                new Row("PUT /api/notification-profiles/{hospitalId}", "/api/notification-profiles/" + own, PROFILE,
                        ADMIN),
                // issue 15: the administrator's pages; the officer and DPO read their own hospital's profile
                new Row("GET /hospital-profiles", "/hospital-profiles", null, ADMIN),
                new Row("GET /hospital-profiles/{hospitalId}", "/hospital-profiles/" + own, null,
                        caller -> caller.is("ADMIN") || caller.isOwn("SECURITY_OFFICER", "DPO") ? 200
                                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 404 : 403),
                Row.form("POST /hospital-profiles/{hospitalId}", "/hospital-profiles/" + own,
                        "country=BE&timeZone=Europe%2FBrussels&nis2Authority=CCB+%28CERT.be%29"
                                + "&dataProtectionAuthority=APD%2FGBA&dpoEmail=dpo%40brugge.example"
                                + "&securityOfficerEmail=security%40brugge.example",
                        caller -> caller.is("ADMIN") ? 302 : 403),
                new Row("GET /hospital-profile/warning", "/hospital-profile/warning", null, profileWarning),

                // the authority catalogue (issue 14): the same for every hospital; a DPO confirms for the own one
                new Row("GET /api/authorities", "/api/authorities?country=BE", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") || caller.is("ADMIN") ? 200 : 403),
                new Row("GET /api/authorities/{authorityId}", "/api/authorities/be-ccb", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") || caller.is("ADMIN") ? 200 : 403),
                new Row("PUT /api/authorities/{authorityId}/confirmations", "/api/authorities/be-apd-gba/confirmations",
                        "{\"fact\":\"portal\",\"value\":\"https://www.dataprotectionauthority.be\",\"confirmed\":true}",
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /authorities", "/authorities", null, HOSPITAL_STAFF),
                new Row("GET /authorities/{authorityId}", "/authorities/be-apd-gba", null, HOSPITAL_STAFF),
                Row.form("POST /authorities/{authorityId}/confirmations", "/authorities/be-apd-gba/confirmations",
                        "fact=portal&value=https%3A%2F%2Fwww.dataprotectionauthority.be&confirmed=true",
                        caller -> caller.is("DPO") ? 302 : 403));
    }
}
