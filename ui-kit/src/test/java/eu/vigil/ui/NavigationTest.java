package eu.vigil.ui;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NavigationTest {

    @Test
    void anOfficerIsOfferedTheIncidentsAndTheReportFormAndSeesWhereTheyAre() {
        var officer = new VigilUser("u-1", Set.of(VigilRole.SECURITY_OFFICER), "h-brugge");

        assertThat(Navigation.forUser(officer, "/incidents/new"))
                .extracting(NavigationItem::href, NavigationItem::current)
                .containsExactly(tuple("/incidents", false),
                        tuple("/incidents/new", true),
                        tuple("/deadlines", false),
                        tuple("/seen-incidents", false));
    }

    @Test
    void aDpoIsNotOfferedTheReportFormNorAnAdministratorTheIncidents() {
        var dpo = new VigilUser("u-2", Set.of(VigilRole.DPO), "h-brugge");
        var admin = new VigilUser("u-3", Set.of(VigilRole.ADMIN), null);

        assertThat(Navigation.forUser(dpo, "/")).extracting(NavigationItem::href)
                .containsExactly("/incidents", "/deadlines", "/seen-incidents", "/breach-register");
        assertThat(Navigation.forUser(admin, "/")).extracting(NavigationItem::href).containsExactly("/hospital",
                "/admin/dead-letters/query-service", "/admin/dead-letters/notifier",
                "/admin/dead-letters/command-service");
    }

    @Test
    void anAdministratorIsOfferedEachConsumingServicesParkedRecordsAndNobodyElseIs() {
        var admin = new VigilUser("u-3", Set.of(VigilRole.ADMIN), null);
        var officer = new VigilUser("u-1", Set.of(VigilRole.SECURITY_OFFICER), "h-brugge");

        assertThat(Navigation.forUser(admin, "/admin/dead-letters/notifier"))
                .extracting(NavigationItem::href, NavigationItem::label, NavigationItem::current)
                .contains(tuple("/admin/dead-letters/query-service", "ui.nav.deadLetters.query", false),
                        tuple("/admin/dead-letters/notifier", "ui.nav.deadLetters.notifier", true),
                        tuple("/admin/dead-letters/command-service", "ui.nav.deadLetters.commands", false));
        assertThat(Navigation.forUser(officer, "/")).extracting(NavigationItem::href)
                .noneMatch(href -> href.startsWith("/admin/"));
    }
}
