package eu.vigil.notifier.config;

import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.AuthorisationMatrix.Caller;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The own hospital's incident, obligations and drafts the authorisation matrix calls its endpoints on, and the
 * expected statuses its rows share.
 *
 * @param incident         aware a minute ago, significant: every kind of obligation opened, none due yet
 * @param submittedJustNow a minute ago, for the submissions the rows record
 * @param receiptFor       another incident's submitted notification with a receipt (issue 14)
 * @param otherWarned      the other hospital has no profile, so its staff are warned (it depends on the tests run
 *                         before); the own hospital has its profile
 * @param adminWarned      some hospital was seen without a profile, so the administrator is warned
 */
record MatrixObligations(IncidentId incident, UUID earlyWarning, UUID notification, UUID gdpr, UUID recipients,
                         String submittedJustNow, UUID receiptFor, DraftsToCall drafts, boolean otherWarned,
                         boolean adminWarned) {

    static final String OBLIGATIONS = "/api/obligations/";
    static final ToIntFunction<Caller> OWN_READERS = own(200, "SECURITY_OFFICER", "DPO");
    static final ToIntFunction<Caller> OWN_DPO = own(200, "DPO");
    static final ToIntFunction<Caller> OWN_DPO_CREATES = own(201, "DPO");
    static final ToIntFunction<Caller> OWN_DPO_FORM = own(302, "DPO");
    static final ToIntFunction<Caller> HOSPITAL_STAFF = caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO")
            ? 200 : 403;
    static final ToIntFunction<Caller> ADMIN = caller -> caller.is("ADMIN") ? 200 : 403;

    /** The own hospital's staff in these roles succeed; the same roles elsewhere learn nothing (404); others 403. */
    static ToIntFunction<Caller> own(int success, String... roles) {
        return caller -> caller.isOwn(roles) ? success : Arrays.stream(roles).anyMatch(caller::is) ? 404 : 403;
    }
}
