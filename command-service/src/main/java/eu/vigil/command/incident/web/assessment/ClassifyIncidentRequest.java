package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.Classification;
import eu.vigil.command.incident.ClassifyIncident;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.Severity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

record ClassifyIncidentRequest(@NotNull RsitCategory category, @Size(max = 10) List<RsitCategory> otherCategories,
                               @ShortText(max = 200) String threatFamily, Severity severity,
                               YesNoUnknown suspectedMalicious, @Prose(max = 4000) String reason) {

    ClassifyIncident toCommand(IncidentId id, HospitalId hospital) {
        return new ClassifyIncident(id, hospital,
                new Classification(category, otherCategories, threatFamily, severity, suspectedMalicious), reason);
    }
}
