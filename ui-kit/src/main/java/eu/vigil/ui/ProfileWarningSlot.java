package eu.vigil.ui;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;

/**
 * Issue 14: until a hospital's notification profile exists, its clocks run at the earliest safe instant, and its
 * staff and the administrators must see so on every page. The notifier owns the profiles and answers
 * {@value #SOURCE} with the warning or 204; the layout leaves a slot that {@code vigil.js} fills from it. A page that
 * renders the warning itself sets the model attribute {@code profileMissing}, and the layout leaves no slot.
 */
final class ProfileWarningSlot {

    static final String SOURCE = "/hospital-profile/warning";

    private ProfileWarningSlot() {
    }

    static String sourceFor(VigilUser user) {
        if (user == null) {
            return null;
        }
        boolean staff = (user.has(VigilRole.SECURITY_OFFICER) || user.has(VigilRole.DPO))
                && user.hospitalId().isPresent();
        return staff || user.has(VigilRole.ADMIN) ? SOURCE : null;
    }
}
