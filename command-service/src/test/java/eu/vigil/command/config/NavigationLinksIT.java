package eu.vigil.command.config;

import eu.vigil.command.hospital.Hospital;
import eu.vigil.command.hospital.HospitalDirectory;
import eu.vigil.contracts.HospitalId;
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

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every link ui-kit's navigation offers a user that command-service serves (the report form, the hospital's
 * page, the drills, the parked publications) opens for that user of a registered hospital; ui-kit's NavigationTest pins the table
 * itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NavigationLinksIT {

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;
    @Autowired HospitalDirectory hospitals;

    @ParameterizedTest(name = "{0} of hospital ''{1}''")
    @CsvSource(nullValues = "none", value = {
            "SECURITY_OFFICER, h-nav-links", "DPO, h-nav-links", "CERT_COORDINATOR, none", "ADMIN, none"})
    void givenAUserWhenTheyFollowEachLinkThisServiceServesThenItOpens(VigilRole role, String hospital) {
        hospitals.save(new Hospital(HospitalId.of("h-nav-links"), "AZ Navigatie", "BE", ZoneId.of("Europe/Brussels"),
                Locale.forLanguageTag("nl")));
        var links = Navigation.forUser(new VigilUser("u-nav", Set.of(role), hospital), "/").stream()
                .map(NavigationItem::href).toList();

        var served = NavigationLinks.eachServedLinkOpens(context, http, role.name(), hospital, links);

        assertThat(served).as("command-service's links for %s", role).hasSize(switch (role) {
            case SECURITY_OFFICER -> 3; // the report form, the hospital, the drills
            case DPO, ADMIN -> 1;       // the hospital; the parked publications
            case CERT_COORDINATOR -> 0;
        });
    }
}
