package eu.vigil.deploy;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses of one Vigil service given to another, as in the gateway's routes: http://query-service:8082. */
final class Addresses {

    private static final Pattern HTTP = Pattern.compile("https?://[^\\s\"'{}$]+");

    private Addresses() {
    }

    /** Every address in the value that names a Vigil service has that service's server port. */
    static void assertServiceAddresses(String value) {
        Matcher address = HTTP.matcher(value);
        while (address.find()) {
            URI uri = URI.create(address.group());
            for (VigilService service : VigilService.values()) {
                if (service.serviceName().equals(uri.getHost())) {
                    assertThat(uri.getPort()).as(uri + " names " + service)
                            .isEqualTo(service.config().serverPort());
                }
            }
        }
    }
}
