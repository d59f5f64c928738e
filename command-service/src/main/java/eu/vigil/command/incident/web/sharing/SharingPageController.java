package eu.vigil.command.incident.web.sharing;

import eu.vigil.command.hospital.Hospital;
import eu.vigil.command.hospital.HospitalDirectory;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.WithdrawShare;
import eu.vigil.command.incident.web.FormOptions;
import eu.vigil.command.incident.web.PageCommands;
import eu.vigil.command.incident.web.ReasonForm;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;

/**
 * Sharing with the sector CERT: the form shows a preview of exactly the fields that leave the hospital, and an
 * officer can update the share or withdraw it.
 */
@Controller
class SharingPageController {

    private final PageCommands pages;
    private final HospitalDirectory hospitals;

    SharingPageController(PageCommands pages, HospitalDirectory hospitals) {
        this.pages = pages;
        this.hospitals = hospitals;
    }

    @GetMapping("/incidents/{id}/share")
    String form(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        return show(view, ShareForm.of(view.share(), view.indicators()), ReasonForm.blank(), user, model);
    }

    @PostMapping("/incidents/{id}/share")
    String share(@PathVariable IncidentId id, @Valid @ModelAttribute("form") ShareForm form, BindingResult errors,
                 @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        if (form.previewOnly()) {
            return show(view, form, ReasonForm.blank(), user, model);
        }
        var sequence = pages.send(form.toCommand(id, HospitalId.of(user.ownHospital()), errors), user,
                form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : show(view, form, ReasonForm.blank(), user, model);
    }

    @PostMapping("/incidents/{id}/share/withdrawal")
    String withdraw(@PathVariable IncidentId id, @Valid @ModelAttribute("withdrawal") ReasonForm withdrawal,
                    BindingResult errors, @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        var command = new WithdrawShare(id, HospitalId.of(user.ownHospital()), withdrawal.reason());
        var sequence = pages.send(command, user, withdrawal.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : show(view, ShareForm.of(view.share(), view.indicators()), withdrawal, user, model);
    }

    private String show(IncidentView view, ShareForm form, ReasonForm withdrawal, VigilUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Tlp tlp = Tlp.AMBER;
        try {
            tlp = Tlp.fromCode(form.tlp());
        } catch (IllegalArgumentException notALabel) {
            // the preview keeps the default; the form shows the error on the field
        }
        model.addAttribute("incident", view);
        model.addAttribute("form", form);
        model.addAttribute("withdrawal", withdrawal);
        model.addAttribute("labels", FormOptions.SHAREABLE_TLP);
        var hospital = hospitals.find(HospitalId.of(user.ownHospital()));
        model.addAttribute("preview", view.sharePreview(tlp, form.pseudonymous(), form.inSectorView(),
                hospital.map(Hospital::country).orElse(null), form.summary(), form.tickedIds()));
        model.addAttribute("hospitalName", hospital.map(Hospital::name).orElse(user.ownHospital()));
        model.addAttribute("countryName", hospital.map(Hospital::country) // in the reader's language
                .map(country -> new Locale("", country).getDisplayCountry(locale)).orElse(null));
        return "incident/share";
    }
}
