package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;

import java.time.Instant;

/**
 * A hospital reported an incident. Details that are known at once follow as their own events
 * ({@link IncidentClassified}, {@link ImpactAssessed}, ...), in the same unit of work.
 *
 * @param detectedAt           when the incident was first detected; null when not known
 * @param awareAt              when the hospital became aware: starts the NIS2 Art. 23(4) and GDPR Art. 33(1) clocks
 * @param category             the primary RSIT category
 * @param personalDataInvolved whether personal data is involved, often unknown at first
 * @param description          what was seen, in the officer's words; hospital-private; null when not given
 * @param exercise             the drill the incident was reported in (ADR 0022); null for a real incident, and for
 *                             every event stored before drills existed
 */
public record IncidentReported(IncidentId incidentId, HospitalId hospitalId, String summary, Instant detectedAt,
                               Instant awareAt, RsitCategory category, YesNoUnknown personalDataInvolved,
                               String description,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Exercise exercise)
        implements IncidentEvent {

    /** A real incident's report. */
    public IncidentReported(IncidentId incidentId, HospitalId hospitalId, String summary, Instant detectedAt,
                            Instant awareAt, RsitCategory category, YesNoUnknown personalDataInvolved,
                            String description) {
        this(incidentId, hospitalId, summary, detectedAt, awareAt, category, personalDataInvolved, description, null);
    }
}
