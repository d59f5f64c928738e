package eu.vigil.notifier.hospital;

import eu.vigil.contracts.HospitalId;
import eu.vigil.security.VigilUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Issue 14: without a profile the clocks run at the earliest instant any EU zone allows, which the staff must know.
 * A page that shows deadlines or reports adds this to its model and includes {@code obligation/profile :: missing}.
 */
@Component
public class ProfileWarning {

    private final HospitalProfiles profiles;

    ProfileWarning(HospitalProfiles profiles) {
        this.profiles = profiles;
    }

    public void addTo(Model model, VigilUser user) {
        var hospital = HospitalId.of(user.ownHospital());
        model.addAttribute("profileMissing", profiles.find(hospital).isEmpty());
        model.addAttribute("hospitalId", hospital.value());
    }
}
