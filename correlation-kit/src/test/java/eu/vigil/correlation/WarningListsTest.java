package eu.vigil.correlation;

import eu.vigil.contracts.incident.IndicatorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarningListsTest {

    private final WarningLists lists = new WarningLists(List.of());

    @ParameterizedTest(name = "{0} {1} is on {2}")
    @CsvSource({
            "ipv4,      8.8.8.8,                         public-dns-resolvers",
            "ipv6,      2606:4700:4700::1111,            public-dns-resolvers",
            "ipv4,      10.20.30.40,                     private-address-ranges",
            "ipv6,      fe80::1,                         private-address-ranges",
            "cidr,      192.168.10.0/24,                 private-address-ranges",
            "ipv4,      203.0.113.45,                    documentation-prefixes",
            "ipv6,      2001:db8::45,                    documentation-prefixes",
            "domain,    download.windowsupdate.com,      update-and-cdn-domains",
            "url,       https://zorgportaal-login.example/owa, documentation-prefixes",
            "email,     billing@zorgportaal-login.example, documentation-prefixes"})
    void givenAValueSeenEverywhereWhenLookedUpThenItsListIsNamed(String type, String value, String list) {
        assertThat(lists.listing(IndicatorType.fromCode(type), value)).contains(list);
    }

    @ParameterizedTest(name = "{0} {1} may be correlated")
    @CsvSource({"ipv4, 8.8.8.9", "domain, pacs-update.test", "domain, notexample.com",
            "sha256, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "url, not a url"})
    void givenAnyOtherValueWhenLookedUpThenItIsOnNoList(String type, String value) {
        assertThat(lists.listing(IndicatorType.fromCode(type), value)).isEmpty();
    }

    @Test
    void aListTurnedOffIsNotApplied() {
        var demo = new WarningLists(List.of("documentation-prefixes"));

        assertThat(demo.listing(IndicatorType.IPV4, "198.51.100.23")).isEmpty();
        assertThat(demo.listing(IndicatorType.IPV4, "8.8.8.8")).contains("public-dns-resolvers");
    }
}
