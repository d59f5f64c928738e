package eu.vigil.query.register.web;

import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 on a page of query-service: ui-kit's layout leaves the slot that its script fills with the notifier's
 * missing-profile warning, for the users the warning concerns; the script itself is checked as the service serves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProfileWarningSlotIT {

    private static final String SLOT = "<div class=\"profile-warning\" data-profile-warning=\"/hospital-profile/warning\">"
            + "</div>";

    @Autowired TestRestTemplate http;

    @Test
    void givenAnOfficerOrADpoWhenTheIncidentListIsRenderedThenItHasOneEmptySlotBeforeTheContentAndLoadsTheScript() {
        for (String role : List.of("SECURITY_OFFICER", "DPO")) {
            var page = get("/incidents", TestTokens.bearer("u-" + role.toLowerCase(), role, "h-brugge"));

            assertThat(page.getStatusCode()).as(role).isEqualTo(HttpStatus.OK);
            String body = page.getBody();
            assertThat(body).as(role).containsOnlyOnce(SLOT).contains("src=\"/ui/vigil.js\"");
            assertThat(body.indexOf(SLOT)).as(role).isGreaterThan(body.indexOf("</header>"))
                    .isLessThan(body.indexOf("<main"));
        }
    }

    @Test
    void givenAnAdministratorWhenTheirPageIsRenderedThenItHasTheSlotToo() {
        var page = get("/admin/dead-letters/query-service", TestTokens.bearer("u-admin", "ADMIN", null));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsOnlyOnce(SLOT);
    }

    @Test
    void givenTheServedScriptThenItFillsTheSlotOnlyFromA200HtmlAnswerAndSwallowsFailures() {
        var script = http.getForEntity("/ui/vigil.js", String.class);

        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody())
                .contains("document.querySelector('[data-profile-warning]')",
                        "fetch(slot.getAttribute('data-profile-warning')",
                        "credentials: 'same-origin'", "redirect: 'error'",
                        "'Accept-Language': document.documentElement.lang",
                        "response.status === 200", "indexOf('text/html') === 0",
                        "slot.innerHTML = fragment")
                .doesNotContain("console.");
    }

    private ResponseEntity<String> get(String path, String token) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
