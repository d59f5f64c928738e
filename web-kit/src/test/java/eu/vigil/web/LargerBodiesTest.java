package eu.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargerBodiesTest {

    private static final int MIB = 1024 * 1024;
    private static final WebKitProperties LIMITS = new WebKitProperties(65_536, 16_384,
            List.of(new WebKitProperties.LargerBody("/api/obligations/{id}/receipt", 5 * MIB + 65_536)));

    @Test
    void aListedAddressTakesItsOwnLimit() {
        assertThat(LIMITS.maxBodyBytes("/api/obligations/7c1e2f3a-0000-4000-8000-00000000000a/receipt"))
                .isEqualTo(5 * MIB + 65_536);
    }

    @Test
    void everyOtherAddressKeepsTheGeneralLimit() {
        assertThat(LIMITS.maxBodyBytes("/api/obligations/7c1e2f3a/submission")).isEqualTo(65_536);
        assertThat(LIMITS.maxBodyBytes("/api/obligations/7c1e2f3a/receipt/more")).isEqualTo(65_536);
        assertThat(LIMITS.maxBodyBytes("/api/obligations/a/b/receipt")).isEqualTo(65_536);
        assertThat(LIMITS.maxBodyBytes("/api/incidents")).isEqualTo(65_536);
    }

    @Test
    void anAllowanceForAnyDepthIsRefusedAtStartup() {
        assertThatThrownBy(() -> new WebKitProperties.LargerBody("/api/**", 5 * MIB))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aOneMebibyteBodyPassesOnTheListedAddressOnly() throws Exception {
        assertThat(status("/api/obligations/7c1e2f3a/receipt", MIB)).isEqualTo(200);
        assertThat(status("/api/obligations/7c1e2f3a/submission", MIB)).isEqualTo(413);
    }

    @Test
    void aSixMebibyteBodyIsRefusedOnTheListedAddressToo() throws Exception {
        assertThat(status("/api/obligations/7c1e2f3a/receipt", 6 * MIB)).isEqualTo(413);
    }

    private static int status(String path, int length) throws Exception {
        var request = new MockHttpServletRequest("PUT", path);
        request.setContent(new byte[length]);
        var response = new MockHttpServletResponse();
        new RequestLimitsFilter(LIMITS, new ObjectMapper()).doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
