package eu.vigil.query.register.web;

import eu.vigil.query.register.IncidentList;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.register.IncidentRegister;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneOffset;
import java.util.UUID;

/** The register as the caller's hospital sees it: never another hospital's incidents. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApiController {

    private final IncidentRegister register;
    private final IncidentList list;

    IncidentApiController(IncidentRegister register, IncidentList list) {
        this.register = register;
        this.list = list;
    }

    @GetMapping("/{incidentId}")
    RegisteredIncident incident(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user) {
        return HospitalScope.ownOnly(register.find(incidentId), RegisteredIncident::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
    }

    /** The filters are {@link IncidentFilter}'s; a date is a day in UTC here. */
    @GetMapping
    IncidentListResponse list(@ModelAttribute IncidentFilter filter, @AuthenticationPrincipal VigilUser user) {
        var query = filter.toQuery(user.ownHospital(), ZoneOffset.UTC);
        var page = list.page(query);
        return new IncidentListResponse(page.items(), page.next() == null ? null : query.cursorText(page.next()));
    }
}
