package eu.vigil.command.incident;

import eu.vigil.contracts.incident.IndicatorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorValuesTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "ipv4      | ' 203.0.113.45 '                          | 203.0.113.45",
            "ipv6      | 2001:DB8:0:0:0:0:0:1                      | 2001:db8::1",
            "ipv6      | 2001:db8:0:0:1:0:0:1                      | 2001:db8::1:0:0:1",
            "cidr      | 192.0.2.77/24                             | 192.0.2.0/24",
            "cidr      | 2001:DB8::FFFF/32                         | 2001:db8::/32",
            "domain    | Update-Check.EXAMPLE.                     | update-check.example",
            "url       | HTTPS://ZorgPortaal-Login.example/owa?x=1 | https://zorgportaal-login.example/owa?x=1",
            "url       | http://198.51.100.23:8080/a               | http://198.51.100.23:8080/a",
            "sha256    | 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08 | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "md5       | D41D8CD98F00B204E9800998ECF8427E          | d41d8cd98f00b204e9800998ecf8427e",
            "sha1      | da39a3ee5e6b4b0d3255bfef95601890afd80709  | da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "email     | Billing@ZorgPortaal-Login.EXAMPLE         | Billing@zorgportaal-login.example",
            "file-name | invoice_0423.pdf.exe                      | invoice_0423.pdf.exe"})
    void aValidValueIsWrittenInItsNormalForm(String type, String raw, String normal) {
        assertThat(IndicatorValues.normalise(IndicatorType.fromCode(type), raw)).isEqualTo(normal);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ipv4      | 203.0.113.256            | not-an-ipv4",
            "ipv4      | 2001:db8::1              | not-an-ipv4",
            "ipv6      | 203.0.113.1              | not-an-ipv6",
            "ipv4      | update-check.example     | not-an-ipv4",
            "cidr      | 192.0.2.0                | not-a-cidr",
            "cidr      | 192.0.2.0/33             | prefix-out-of-range",
            "domain    | localhost                | not-a-domain",
            "domain    | bad_domain..example      | not-a-domain",
            "domain    | 203.0.113.45             | not-a-domain",
            "url       | hxxp://evil.example/     | url-scheme",
            "url       | https:///no-host         | not-a-url",
            "sha256    | 9f86d0                   | wrong-hash-length",
            "md5       | zz1d8cd98f00b204e9800998ecf8427e | not-hex",
            "email     | billing.example          | not-an-email",
            "file-name | C:\\Users\\x\\evil.exe   | not-a-file-name",
            "domain    | '   '                    | empty"})
    void anInvalidValueIsRejectedWithWhatIsWrong(String type, String raw, String reason) {
        assertThatThrownBy(() -> IndicatorValues.normalise(IndicatorType.fromCode(type), raw))
                .isInstanceOfSatisfying(InvalidIndicatorException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
