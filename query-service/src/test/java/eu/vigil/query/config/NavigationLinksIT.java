package eu.vigil.query.config;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.testsupport.NavigationLinks;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.ui.Navigation;
import eu.vigil.ui.NavigationItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every link ui-kit's navigation offers a user that query-service serves (the incident list, the drill
 * reports, the read models, the parked records, the CERT's home and feed) opens for that user; ui-kit's NavigationTest pins the table
 * itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NavigationLinksIT {

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;

    @ParameterizedTest(name = "{0} of hospital ''{1}''")
    @CsvSource(nullValues = "none", value = {
            "SECURITY_OFFICER, h-brugge", "DPO, h-brugge", "SECURITY_OFFICER, h-nav-unknown", "DPO, h-nav-unknown",
            "CERT_COORDINATOR, none", "ADMIN, none"})
    void givenAUserWhenTheyFollowEachLinkThisServiceServesThenItOpens(VigilRole role, String hospital) {
        var links = Navigation.forUser(new VigilUser("u-nav", Set.of(role), hospital), "/").stream()
                .map(NavigationItem::href)
                .filter(href -> !href.equals("/incidents/new")) // the gateway routes the report form to command-service
                .toList();

        var served = NavigationLinks.eachServedLinkOpens(context, http, role.name(), hospital, links);

        assertThat(served).as("query-service's links for %s", role).hasSize(switch (role) {
            case SECURITY_OFFICER -> 3; // the incident list; the sector view; the drill reports
            case DPO -> 2; // the incident list; the drill reports
            case ADMIN -> 2; // the read models; the parked records
            case CERT_COORDINATOR -> 3; // the CERT's home; the feed of what hospitals shared; the sector's trends
        });
    }
}
