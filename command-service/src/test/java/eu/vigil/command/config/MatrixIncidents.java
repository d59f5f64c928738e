package eu.vigil.command.config;

import eu.vigil.testsupport.AuthorisationMatrix.Caller;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The own hospital's incidents, entries and indicators the authorisation matrix calls its endpoints on, one per
 * row that changes a state another row relies on (a reopening needs a contained incident, a withdrawal a share).
 *
 * @param incident      {@code /api/incidents/<id>} of an incident in detection
 * @param page          the same incident's page path, {@code /incidents/<id>}
 * @param containedPage an incident of its own in containment, for the reopening form (the API row reopens the other)
 * @param sharedPage    an incident of its own with a share, for the withdrawal form
 * @param local         a form's time: an hour ago in Brussels, to the minute
 */
record MatrixIncidents(String aware, String report, String entry, String incident, String page, String contained,
                       String shared, String indicator, String entryId, String toCorrect, String toWithdraw,
                       String containedPage, String sharedPage, String local) {

    /** Sends one request as the own hospital's officer; answers the id of what it created. */
    interface Setup {
        String send(HttpMethod method, String path, String body);
    }

    static MatrixIncidents prepare(Setup setup) {
        // whole minutes, and well before the form times (typed to the minute, an hour ago)
        String aware = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString();
        String report = """
                {"summary": "PACS encrypted", "awareAt": "%s", "category": "malicious-code/infected-system"}"""
                .formatted(aware);
        String entry = """
                {"kind": "observation", "text": "Beacon seen", "happenedAt": "%s"}""".formatted(aware);
        String incident = "/api/incidents/" + setup.send(HttpMethod.POST, "/api/incidents", report);
        String contained = contained(setup, report);
        String shared = shared(setup, report);
        String indicator = incident + "/indicators/" + setup.send(HttpMethod.POST, incident + "/indicators",
                "{\"type\": \"domain\", \"value\": \"withdraw-me.example\", \"tlp\": \"amber\"}");
        String entryId = setup.send(HttpMethod.POST, incident + "/timeline", entry);
        String toCorrect = setup.send(HttpMethod.POST, incident + "/indicators",
                "{\"type\": \"domain\", \"value\": \"correct-me.example\", \"tlp\": \"amber\"}");
        String toWithdraw = setup.send(HttpMethod.POST, incident + "/indicators",
                "{\"type\": \"domain\", \"value\": \"withdraw-me-too.example\", \"tlp\": \"amber\"}");
        String local = LocalDateTime.now(ZoneId.of("Europe/Brussels")).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        return new MatrixIncidents(aware, report, entry, incident, page(incident), contained, shared, indicator,
                entryId, toCorrect, toWithdraw, page(contained(setup, report)), page(shared(setup, report)), local);
    }

    /** The own hospital's staff in these roles succeed; the same roles elsewhere learn nothing (404); others 403. */
    static ToIntFunction<Caller> ownIncident(int success, String... roles) {
        return caller -> caller.isOwn(roles) ? success
                : Arrays.stream(roles).anyMatch(caller::is) ? 404 : 403;
    }

    private static String contained(Setup setup, String report) {
        String contained = "/api/incidents/" + setup.send(HttpMethod.POST, "/api/incidents", report);
        setup.send(HttpMethod.POST, contained + "/phase-changes", "{\"phase\": \"containment\"}");
        return contained;
    }

    private static String shared(Setup setup, String report) {
        String shared = "/api/incidents/" + setup.send(HttpMethod.POST, "/api/incidents", report);
        setup.send(HttpMethod.PUT, shared + "/share", "{\"tlp\": \"green\", \"summary\": \"Phishing wave\"}");
        return shared;
    }

    private static String page(String apiPath) {
        return apiPath.substring("/api".length());
    }
}
