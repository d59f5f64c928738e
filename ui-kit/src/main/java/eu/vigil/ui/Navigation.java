package eu.vigil.ui;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The one navigation of Vigil, used by every service's pages and the gateway's home page: the places a user may go,
 * by role. Nobody is shown a link that would only answer 403: each destination names the roles its endpoint allows,
 * and whether that endpoint also demands a hospital ({@code VigilAccess.inOwnHospital}).
 */
public final class Navigation {

    static final String OWN_HOSPITAL = "{hospital}";

    private record Destination(String href, String label, Set<VigilRole> roles, boolean needsHospital) {
    }

    private static final Set<VigilRole> STAFF = Set.of(VigilRole.SECURITY_OFFICER, VigilRole.DPO);
    private static final Set<VigilRole> ADMIN = Set.of(VigilRole.ADMIN);

    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("/", "ui.nav.home", Set.of(VigilRole.values()), false),
            new Destination("/incidents", "ui.nav.incidents", STAFF, true),
            new Destination("/incidents/new", "ui.nav.report", Set.of(VigilRole.SECURITY_OFFICER), true),
            new Destination("/deadlines", "ui.nav.deadlines", STAFF, true),
            new Destination("/seen-incidents", "ui.nav.seenIncidents", STAFF, true),
            // the GDPR Art. 33(5) register holds personal data: the DPO's alone
            new Destination("/breach-register", "ui.nav.breachRegister", Set.of(VigilRole.DPO), true),
            new Destination("/authorities", "ui.nav.authorities", STAFF, true),
            // command-service's record of the hospital (name, country, zone, language)
            new Destination("/hospital", "ui.nav.hospital", STAFF, true),
            // the notifier's profile (authorities, reminder addresses, approval rule), read-only for its staff
            new Destination("/hospital-profiles/" + OWN_HOSPITAL, "ui.nav.profile", STAFF, true),
            new Destination("/hospital-profiles", "ui.nav.hospitalProfiles", ADMIN, false),
            // other hospitals' shares a security officer may read (query-service's sector view, ADR 0020)
            new Destination("/sector", "ui.nav.sectorView", Set.of(VigilRole.SECURITY_OFFICER), true),
            // the hospital's drills, started and run by its security officer (command-service, ADR 0022)
            new Destination("/drills", "ui.nav.drills", Set.of(VigilRole.SECURITY_OFFICER), true),
            // their reports side by side, for the officer and the DPO who took part (query-service, ADR 0022)
            new Destination("/drill-reports", "ui.nav.drillReports", STAFF, true),
            // the CERT's home: campaign alerts, values seen at most hospitals, newest shares (query-service)
            new Destination("/cert", "ui.nav.certHome", Set.of(VigilRole.CERT_COORDINATOR), false),
            // what hospitals chose to share, under TLP (query-service's CERT feed)
            new Destination("/cert/feed", "ui.nav.certFeed", Set.of(VigilRole.CERT_COORDINATOR), false),
            // the sector's trends over all hospitals, figures from fewer than three withheld (query-service)
            new Destination("/cert/trends", "ui.nav.certTrends", Set.of(VigilRole.CERT_COORDINATOR), false),
            // query-service's read models and their rebuilds from the topics
            new Destination("/admin/read-models", "ui.nav.readModels", ADMIN, false),
            // each consuming service's page of parked records (consumer-kit), routed by the gateway to that service
            new Destination("/admin/dead-letters/query-service", "ui.nav.deadLetters.query", ADMIN, false),
            new Destination("/admin/dead-letters/notifier", "ui.nav.deadLetters.notifier", ADMIN, false),
            // command-service's events the broker refused for good (read-only)
            new Destination("/admin/dead-letters/command-service", "ui.nav.deadLetters.commands", ADMIN, false));

    private Navigation() {
    }

    /**
     * @param user        the logged-in user, or null (no navigation)
     * @param currentPath the path of the page being shown, without query; the link to it is marked current
     */
    public static List<NavigationItem> forUser(VigilUser user, String currentPath) {
        if (user == null) {
            return List.of();
        }
        return DESTINATIONS.stream()
                .filter(destination -> mayFollow(user, destination))
                .map(destination -> href(destination, user))
                .map(entry -> new NavigationItem(entry.href(), entry.label(), entry.href().equals(currentPath)))
                .toList();
    }

    private static boolean mayFollow(VigilUser user, Destination destination) {
        return destination.roles().stream().anyMatch(user::has)
                && (!destination.needsHospital() || user.hospitalId().isPresent());
    }

    private static Destination href(Destination destination, VigilUser user) {
        if (!destination.href().contains(OWN_HOSPITAL)) {
            return destination;
        }
        String hospital = UriUtils.encodePathSegment(user.ownHospital(), StandardCharsets.UTF_8);
        return new Destination(destination.href().replace(OWN_HOSPITAL, hospital), destination.label(),
                destination.roles(), true);
    }
}
