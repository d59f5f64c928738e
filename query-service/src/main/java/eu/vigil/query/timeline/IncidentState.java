package eu.vigil.query.timeline;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.SignificanceAssessed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as it stands after the last event on its timeline. Each assessment is the latest event of its kind,
 * which replaces any earlier one as a whole.
 *
 * @param report         the report that opened the incident
 * @param detectedAt     as reported or last corrected; null when not known
 * @param awareAt        as reported or last corrected
 * @param classification null until classified beyond the report's category
 * @param impact         null until assessed
 * @param personalData   null until assessed beyond the report's yes, no or unknown
 * @param significance   null until assessed
 * @param indicators     the current indicators in the order they were added: none superseded or withdrawn
 * @param share          the current share with the sector CERT; null when not shared or withdrawn
 */
public record IncidentState(UUID incidentId, IncidentReported report, Instant reportedAt, String reportedBy,
                            Instant detectedAt, Instant awareAt, Phase phase, IncidentClassified classification,
                            ImpactAssessed impact, PersonalDataAssessed personalData,
                            SignificanceAssessed significance, List<IndicatorAdded> indicators,
                            IncidentShared share) {

    static IncidentState of(UUID incidentId, List<TimelineEntry> oldestFirst) {
        var builder = new IncidentStateBuilder(incidentId);
        oldestFirst.forEach(builder::apply);
        return builder.build();
    }

    public RsitCategory category() {
        return classification == null ? report.category() : classification.category();
    }

    public YesNoUnknown personalDataInvolved() {
        return personalData == null ? report.personalDataInvolved() : personalData.involved();
    }
}
