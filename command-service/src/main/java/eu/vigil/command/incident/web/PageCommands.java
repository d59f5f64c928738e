package eu.vigil.command.incident.web;

import eu.vigil.command.hospital.Hospital;
import eu.vigil.command.hospital.HospitalDirectory;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.command.incident.IncidentNotFoundException;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.IncidentViews;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import eu.vigil.web.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What every incident form needs: the incident as its events tell it, the times in the viewer's zone, and a command
 * sent so that a broken rule shows beside the field it concerns and records nothing.
 */
@Component
public class PageCommands {

    static final String FORM_ZONE = "timeZone";

    private final IncidentViews views;
    private final HospitalDirectory hospitals;
    private final IncidentCommands commands;

    PageCommands(IncidentViews views, HospitalDirectory hospitals, IncidentCommands commands) {
        this.views = views;
        this.hospitals = hospitals;
        this.commands = commands;
    }

    /** @throws ResponseStatusException 404 for an unknown incident and for another hospital's */
    public IncidentView view(IncidentId id, VigilUser user) {
        return views.find(id, HospitalId.of(user.ownHospital()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The zone of the times in a form: on a post, the zone the form was shown in (its hidden {@code timeZone}
     * field), so a time means what the person saw even if their browser's zone became known in between; else the
     * viewer's zone; else the hospital's.
     */
    public FormTimes times(VigilUser user, String viewerZone) {
        ZoneId hospitalZone = hospitals.find(HospitalId.of(user.ownHospital())).map(Hospital::timeZone)
                .orElse(ZoneOffset.UTC);
        String shownIn = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getParameter(FORM_ZONE) : null;
        return FormTimes.of(shownIn != null ? shownIn : viewerZone, hospitalZone);
    }

    /**
     * Sends the command unless the form already has errors.
     *
     * @param fieldNames the form's name for a rule's field where it differs from the API's
     * @return the sequence of the incident's last event, or empty when the form must be shown again
     */
    public OptionalLong send(Object command, VigilUser user, String requestToken, BindingResult form,
                      Map<String, String> fieldNames) {
        if (form.hasErrors()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(commands.send(command, user, RequestIdentity.of(requestToken, user)));
        } catch (RuleViolation e) { // the incident's rules, and the drill's a report within one meets
            String field = e.field() == null ? null : fieldNames.getOrDefault(e.field(), e.field());
            String key = "problem." + e.messageKey() + ".detail";
            if (field != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
                form.rejectValue(field, key, e.arguments(), e.getMessage());
            } else {
                form.reject(key, e.arguments(), e.getMessage());
            }
            return OptionalLong.empty();
        } catch (UnknownHospitalException e) {
            form.reject("problem.unknown-hospital.detail", new Object[]{e.hospital().value()}, e.getMessage());
            return OptionalLong.empty();
        } catch (ConcurrencyException e) { // other changes, on another instance, won every retry
            form.reject("problem.conflict.detail", "Another change to this incident was recorded at the same moment; "
                    + "reload the page and try again.");
            return OptionalLong.empty();
        } catch (IncidentNotFoundException | AggregateNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    public OptionalLong send(Object command, VigilUser user, String requestToken, BindingResult form) {
        return send(command, user, requestToken, form, Map.of());
    }

    /** After a change the officer lands on the incident page, which waits until it shows this change. */
    public static String toIncidentPage(IncidentId id, long sequence) {
        return "redirect:/incidents/" + id + "?seen=" + sequence;
    }
}
