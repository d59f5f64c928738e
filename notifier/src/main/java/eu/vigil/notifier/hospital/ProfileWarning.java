package eu.vigil.notifier.hospital;

import eu.vigil.contracts.HospitalId;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Issue 14: without a profile the clocks run at the earliest instant any EU zone allows, which the staff must know.
 * A page that shows deadlines or reports adds this to its model and includes {@code obligation/profile :: missing};
 * every other page of every service fetches the same fragment from {@code /hospital-profile/warning}.
 */
@Component
public class ProfileWarning {

    /** An administrator is shown this many hospitals at most; the fragment says when there are more. */
    static final int LISTED = 50;

    private final HospitalProfiles profiles;

    ProfileWarning(HospitalProfiles profiles) {
        this.profiles = profiles;
    }

    public void addTo(Model model, VigilUser user) {
        var hospital = HospitalId.of(user.ownHospital());
        model.addAttribute("profileMissing", profiles.find(hospital).isEmpty());
        model.addAttribute("hospitalId", hospital.value());
    }

    /**
     * The warning this user should see on any page: their own hospital's for its staff, every hospital without a
     * profile for an administrator.
     *
     * @return false when there is nothing to warn this user about
     */
    public boolean addWarningFor(Model model, VigilUser user) {
        boolean staff = user.has(VigilRole.SECURITY_OFFICER) || user.has(VigilRole.DPO);
        if (staff && user.hospitalId().isPresent()) {
            addTo(model, user);
            return Boolean.TRUE.equals(model.getAttribute("profileMissing"));
        }
        if (!user.has(VigilRole.ADMIN)) {
            return false;
        }
        var missing = profiles.seenWithoutProfile(LISTED + 1);
        model.addAttribute("hospitalsWithoutProfile", missing.stream().limit(LISTED).map(HospitalId::value).toList());
        model.addAttribute("moreWithoutProfile", missing.size() > LISTED);
        return !missing.isEmpty();
    }
}
