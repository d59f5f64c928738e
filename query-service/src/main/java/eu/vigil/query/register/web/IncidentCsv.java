package eu.vigil.query.register.web;

import eu.vigil.query.obligation.RunningObligations;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.web.csv.SpreadsheetCsv;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The incident list as CSV (web-kit's {@link SpreadsheetCsv}: RFC 4180, no cell a spreadsheet would run): a header
 * row, then one row per incident. The {@code exercise} column holds the drill's id for an incident of a drill (ADR
 * 0022) and is empty for a real one.
 */
final class IncidentCsv {

    static final List<String> HEADER = List.of("incident_id", "aware_at", "reported_at", "detected_at", "category",
            "severity", "phase", "personal_data_involved", "significance", "patient_care_impact", "shared_tlp",
            "exercise", "running_reports", "next_report_due", "summary");

    private IncidentCsv() {
    }

    static void header(SpreadsheetCsv out) throws IOException {
        out.line(HEADER);
    }

    /** @param running null when no report of the incident is running */
    static void row(SpreadsheetCsv out, RegisteredIncident incident, RunningObligations running) throws IOException {
        out.line(List.of(incident.incidentId().toString(), text(incident.awareAt()), text(incident.reportedAt()),
                text(incident.detectedAt()), incident.category(), text(incident.severity()), incident.phase(),
                incident.personalDataInvolved(), text(incident.significance()), text(incident.patientCareImpact()),
                text(incident.sharedTlp()), drillOf(incident),
                running == null ? "0" : Integer.toString(running.count()),
                running == null ? "" : text(running.nextDue()), incident.summary()));
    }

    private static String drillOf(RegisteredIncident incident) {
        return incident.exercise() == null ? "" : incident.exercise().drillId().toString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static String text(Instant value) {
        return value == null ? "" : value.toString();
    }
}
