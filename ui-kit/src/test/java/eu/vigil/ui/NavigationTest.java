package eu.vigil.ui;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who is offered which link. Each row follows the endpoint's rule in its service: the officer's and DPO's pages
 * demand a hospital ({@code VigilAccess.inOwnHospital}, as the services' authorisation matrices pin), the breach
 * register is the DPO's, the hospital list and the parked records are the administrator's.
 */
class NavigationTest {

    @ParameterizedTest(name = "{0} of hospital ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            SECURITY_OFFICER | h-brugge | /, /incidents, /incidents/new, /deadlines, /seen-incidents, /authorities, /hospital, /hospital-profiles/h-brugge, /sector, /drills, /drill-reports
            DPO              | h-brugge | /, /incidents, /deadlines, /seen-incidents, /breach-register, /authorities, /hospital, /hospital-profiles/h-brugge, /drill-reports
            SECURITY_OFFICER | none     | /
            DPO              | none     | /
            CERT_COORDINATOR | none     | /, /cert, /cert/feed, /cert/trends
            ADMIN            | none     | /, /hospital-profiles, /admin/read-models, /admin/dead-letters/query-service, /admin/dead-letters/notifier, /admin/dead-letters/command-service
            """)
    void eachRoleIsOfferedExactlyTheLinksItsEndpointsAllow(VigilRole role, String hospital, String hrefs) {
        var user = new VigilUser("u-1", Set.of(role), hospital);

        assertThat(Navigation.forUser(user, "/")).extracting(NavigationItem::href)
                .containsExactlyElementsOf(Arrays.asList(hrefs.split(", ")));
    }

    @Test
    void theLinkToThePageShownIsMarkedCurrentAndNoOther() {
        var dpo = new VigilUser("u-2", Set.of(VigilRole.DPO), "h-brugge");

        assertThat(Navigation.forUser(dpo, "/hospital-profiles/h-brugge"))
                .filteredOn(NavigationItem::current)
                .extracting(NavigationItem::href, NavigationItem::label)
                .containsExactly(tuple("/hospital-profiles/h-brugge", "ui.nav.profile"));
        assertThat(Navigation.forUser(dpo, "/")).filteredOn(NavigationItem::current)
                .extracting(NavigationItem::href).containsExactly("/");
    }

    @Test
    void anAdministratorIsOfferedTheReadModelsEachConsumingServicesParkedRecordsAndTheHospitalsButNoHospitalsOwnPages() {
        var admin = new VigilUser("u-3", Set.of(VigilRole.ADMIN), null);

        assertThat(Navigation.forUser(admin, "/admin/dead-letters/notifier"))
                .extracting(NavigationItem::href, NavigationItem::label, NavigationItem::current)
                .contains(tuple("/hospital-profiles", "ui.nav.hospitalProfiles", false),
                        tuple("/admin/read-models", "ui.nav.readModels", false),
                        tuple("/admin/dead-letters/query-service", "ui.nav.deadLetters.query", false),
                        tuple("/admin/dead-letters/notifier", "ui.nav.deadLetters.notifier", true),
                        tuple("/admin/dead-letters/command-service", "ui.nav.deadLetters.commands", false));
        assertThat(Navigation.forUser(admin, "/")).extracting(NavigationItem::href)
                .doesNotContain("/hospital", "/incidents", "/authorities");
    }

    @Test
    void aHospitalIdIsWrittenAsOnePathSegment() {
        var officer = new VigilUser("u-1", Set.of(VigilRole.SECURITY_OFFICER), "h/../x y");

        assertThat(Navigation.forUser(officer, "/")).extracting(NavigationItem::href)
                .contains("/hospital-profiles/h%2F..%2Fx%20y");
    }

    @Test
    void nobodyLoggedInIsOfferedNothing() {
        assertThat(Navigation.forUser(null, "/")).isEmpty();
    }
}
