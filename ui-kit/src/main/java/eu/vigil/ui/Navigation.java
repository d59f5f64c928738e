package eu.vigil.ui;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;

import java.util.List;
import java.util.Set;

/** The places a user may go, by role: nobody is shown a link that would only answer 403. */
final class Navigation {

    private record Destination(String href, String label, Set<VigilRole> roles) {
    }

    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("/incidents", "ui.nav.incidents", Set.of(VigilRole.SECURITY_OFFICER, VigilRole.DPO)),
            new Destination("/incidents/new", "ui.nav.report", Set.of(VigilRole.SECURITY_OFFICER)),
            new Destination("/deadlines", "ui.nav.deadlines", Set.of(VigilRole.SECURITY_OFFICER, VigilRole.DPO)),
            new Destination("/seen-incidents", "ui.nav.seenIncidents", Set.of(VigilRole.SECURITY_OFFICER, VigilRole.DPO)),
            // the GDPR Art. 33(5) register holds personal data: the DPO's alone
            new Destination("/breach-register", "ui.nav.breachRegister", Set.of(VigilRole.DPO)),
            new Destination("/hospital", "ui.nav.hospital", Set.of(VigilRole.ADMIN)),
            // each consuming service's page of parked records (consumer-kit), routed by the gateway to that service
            new Destination("/admin/dead-letters/query-service", "ui.nav.deadLetters.query", Set.of(VigilRole.ADMIN)),
            new Destination("/admin/dead-letters/notifier", "ui.nav.deadLetters.notifier", Set.of(VigilRole.ADMIN)),
            // command-service's events the broker refused for good (read-only)
            new Destination("/admin/dead-letters/command-service", "ui.nav.deadLetters.commands",
                    Set.of(VigilRole.ADMIN)));

    private Navigation() {
    }

    static List<NavigationItem> forUser(VigilUser user, String currentPath) {
        if (user == null) {
            return List.of();
        }
        return DESTINATIONS.stream()
                .filter(destination -> destination.roles().stream().anyMatch(user::has))
                .map(destination -> new NavigationItem(destination.href(), destination.label(),
                        destination.href().equals(currentPath)))
                .toList();
    }
}
