package eu.vigil.query.feed.export;

import eu.vigil.contracts.incident.IndicatorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every indicator type maps to a well-formed STIX 2.1 comparison on a property its observable's schema defines. */
class StixPatternsTest {

    // [object-type:path = 'string'], the string's quotes and backslashes escaped (STIX 2.1 §9.2, §9.3)
    private static final Pattern COMPARISON = Pattern.compile(
            "\\[([a-z0-9-]+):([a-z_]+)(?:\\.(?:[A-Za-z0-9_]+|'[A-Za-z0-9-]+'))? = '((?:[^'\\\\]|\\\\['\\\\])*)']");

    @ParameterizedTest
    @EnumSource(IndicatorType.class)
    void givenAnIndicatorTypeWhenItsPatternIsBuiltThenItComparesAPropertyOfARealObservable(IndicatorType type) {
        for (var indicator : Shares.everyType()) {
            if (!indicator.type().equals(type.code())) {
                continue;
            }
            var pattern = StixPatterns.of(type, indicator.value());
            var comparison = COMPARISON.matcher(pattern);

            assertThat(comparison.matches()).as(pattern).isTrue();
            var observable = ExportSchemas.SHARED.resolve("stix2.1/schemas/observables/" + comparison.group(1)
                    + ".json");
            assertThat(Files.exists(observable)).as("%s is a STIX cyber-observable type", comparison.group(1))
                    .isTrue();
            assertThat(ExportSchemas.read(observable).toString()).contains("\"" + comparison.group(2) + "\"");
            assertThat(unescape(comparison.group(3))).isEqualTo(indicator.value());
        }
    }

    @Test
    void givenEachHashWhenPatternedThenItNamesTheHashAlgorithmOfTheVocabulary() {
        assertThat(StixPatterns.of(IndicatorType.SHA256, "ab")).isEqualTo("[file:hashes.'SHA-256' = 'ab']");
        assertThat(StixPatterns.of(IndicatorType.SHA1, "ab")).isEqualTo("[file:hashes.'SHA-1' = 'ab']");
        assertThat(StixPatterns.of(IndicatorType.MD5, "ab")).isEqualTo("[file:hashes.MD5 = 'ab']");
    }

    @Test
    void givenAnAddressOrABlockWhenPatternedThenItIsAnAddressOfItsVersion() {
        assertThat(StixPatterns.of(IndicatorType.IPV4, "198.51.100.23"))
                .isEqualTo("[ipv4-addr:value = '198.51.100.23']");
        assertThat(StixPatterns.of(IndicatorType.CIDR, "203.0.113.0/24"))
                .isEqualTo("[ipv4-addr:value = '203.0.113.0/24']");
        assertThat(StixPatterns.of(IndicatorType.CIDR, "2001:db8::/32"))
                .isEqualTo("[ipv6-addr:value = '2001:db8::/32']");
    }

    @Test
    void givenQuotesAndBackslashesWhenPatternedThenTheyAreEscaped() {
        assertThat(StixPatterns.of(IndicatorType.FILE_NAME, "a\\b'c")).isEqualTo("[file:name = 'a\\\\b\\'c']");
    }

    private static String unescape(String literal) {
        return literal.replaceAll("\\\\(['\\\\])", "$1");
    }
}
