package eu.vigil.query.register.web;

import eu.vigil.query.obligation.RunningObligations;
import eu.vigil.query.register.RegisteredIncident;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The incident list as RFC 4180 CSV: a header row, then one row per incident, each line ended by CRLF. */
final class IncidentCsv {

    static final List<String> HEADER = List.of("incident_id", "aware_at", "reported_at", "detected_at", "category",
            "severity", "phase", "personal_data_involved", "significance", "patient_care_impact", "shared_tlp",
            "running_reports", "next_report_due", "summary");

    private IncidentCsv() {
    }

    static void header(Writer out) throws IOException {
        line(out, HEADER);
    }

    /** @param running null when no report of the incident is running */
    static void row(Writer out, RegisteredIncident incident, RunningObligations running) throws IOException {
        line(out, List.of(incident.incidentId().toString(), text(incident.awareAt()), text(incident.reportedAt()),
                text(incident.detectedAt()), incident.category(), text(incident.severity()), incident.phase(),
                incident.personalDataInvolved(), text(incident.significance()), text(incident.patientCareImpact()),
                text(incident.sharedTlp()), running == null ? "0" : Integer.toString(running.count()),
                running == null ? "" : text(running.nextDue()), incident.summary()));
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One field. A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula, so
     * such a cell is prefixed with ' and shows as text (CSV injection, OWASP); then a field holding a quote, comma
     * or line break is quoted, its quotes doubled (RFC 4180).
     */
    static String cell(String value) {
        String safe = value;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            safe = "'" + value;
        }
        if (safe.contains("\"") || safe.contains(",") || safe.contains("\r") || safe.contains("\n")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static String text(Instant value) {
        return value == null ? "" : value.toString();
    }
}
