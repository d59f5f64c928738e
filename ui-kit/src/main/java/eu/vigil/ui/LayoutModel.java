package eu.vigil.ui;

import eu.vigil.security.VigilUser;
import org.springframework.ui.Model;

/**
 * The layout's model for a page whose user is not a {@link VigilUser} principal: the gateway's home page, whose
 * session holds the OpenID Connect login. Every service's page gets the same from {@code PageModel}.
 */
public final class LayoutModel {

    private LayoutModel() {
    }

    public static void addTo(Model model, VigilUser user, String currentPath) {
        model.addAttribute("navigation", Navigation.forUser(user, currentPath));
        model.addAttribute("profileWarning", ProfileWarningSlot.sourceFor(user));
    }
}
