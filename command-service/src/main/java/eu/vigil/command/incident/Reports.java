package eu.vigil.command.incident;

import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentState;

import java.util.ArrayList;
import java.util.List;

import static eu.vigil.command.incident.Assessments.blankToNull;

/**
 * What a report records: the report itself, then what its form already knew (classification, impact, personal data,
 * significance), each as the event a later assessment of it would record.
 */
final class Reports {

    private Reports() {
    }

    /** The report; the category and the personal data answer are the details' when the form gave them. */
    static IncidentReported reported(ReportIncident command, Exercise exercise) {
        var details = detailsOf(command);
        var category = details.classification() == null ? command.category() : details.classification().category();
        var personalData = details.personalData() == null ? command.personalDataInvolved()
                : details.personalData().involved();
        return new IncidentReported(command.incidentId(), command.hospitalId(), command.summary().strip(),
                command.detectedAt(), command.awareAt(), category,
                personalData == null ? YesNoUnknown.UNKNOWN : personalData, blankToNull(command.description()),
                exercise);
    }

    /** The assessments the report's form already made, in the state the report left the incident in. */
    static List<IncidentEvent> assessments(ReportIncident command, IncidentState reported) {
        var details = detailsOf(command);
        var events = new ArrayList<IncidentEvent>();
        if (details.classification() != null) {
            events.add(Assessments.classified(reported.incidentId(), details.classification(), null));
        }
        if (details.impact() != null) {
            events.add(Assessments.impactAssessed(reported.incidentId(), details.impact(), null));
        }
        if (details.personalData() != null) {
            events.add(Assessments.personalDataAssessed(reported, details.personalData(), null, command.reportedAt(),
                    "personalData.awareAt"));
        }
        if (details.significance() != null) {
            events.add(Assessments.significanceAssessed(reported.incidentId(), details.significance()));
        }
        return events;
    }

    private static IncidentDetails detailsOf(ReportIncident command) {
        return command.details() == null ? IncidentDetails.NONE : command.details();
    }
}
