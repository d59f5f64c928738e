package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

/** An operator reads an ERROR at start as something to act on: a clean start logs none. */
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // its own start, inside the captured output
class StartupIT extends GatewayFixture {

    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR\\s");

    @Autowired ClientHttpRequestFactoryBuilder<?> proxyClients;

    @Test
    void theGatewayStartsWithoutAnErrorLine(CapturedOutput output) {
        assertThat(output.getAll()).contains("Started StartupIT");
        assertThat(ERROR_LINE.matcher(output.getAll()).results().count())
                .as("ERROR lines in the start-up log:%n%s", output.getAll())
                .isZero();
    }

    @Test
    void theProxyUsesApacheHttpClient() {
        // the JDK client failed a GET that followed a POST on the same connection (README)
        assertThat(proxyClients).isInstanceOf(HttpComponentsClientHttpRequestFactoryBuilder.class);
    }
}
