package eu.vigil.testsupport;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the navigation (ui-kit's, which this module cannot name) offers nobody a link that would only answer 403.
 * A service's {@code NavigationLinksIT} hands over the links the navigation offers a user; each one the service maps
 * must open for that user.
 */
public final class NavigationLinks {

    private NavigationLinks() {
    }

    /**
     * @param hospital the user's hospital, or null
     * @param hrefs    the navigation's links for that user
     * @return the links this service serves, each of which answered the page (200) to the user
     */
    public static List<String> eachServedLinkOpens(ApplicationContext context, TestRestTemplate http, String role,
                                                   String hospital, List<String> hrefs) {
        var served = hrefs.stream().filter(href -> servedBy(context, href)).toList();
        for (String href : served) {
            var headers = new HttpHeaders();
            headers.setBearerAuth(TestTokens.bearer("u-nav", role, hospital));
            headers.setAccept(List.of(MediaType.TEXT_HTML));
            var answer = http.exchange(href, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(answer.getStatusCode().value()).as("%s %s: %s", role, href, answer.getBody()).isEqualTo(200);
        }
        return served;
    }

    private static boolean servedBy(ApplicationContext context, String href) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var path = PathContainer.parsePath(href);
        return mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .anyMatch(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getPatterns().stream()
                                .anyMatch(pattern -> pattern.matches(path)));
    }
}
