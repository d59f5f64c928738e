package eu.vigil.query.feed.export;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Version 5 UUIDs as RFC 9562 computes them, so that other tools derive the same ids from the same names. */
class NameBasedIdsTest {

    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void givenRfc9562sExampleNameWhenHashedThenTheIdIsTheRfcs() {
        // RFC 9562 Appendix A.4: "www.example.com" in the DNS namespace
        assertThat(NameBasedIds.v5(DNS, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void givenAShareWhenItsIdIsDerivedTwiceThenItIsTheSameVersion5Id() {
        var id = NameBasedIds.of("share:0b6c6a52-6f0e-4f55-8d43-3f5f0b1e2a10");

        assertThat(NameBasedIds.of("share:0b6c6a52-6f0e-4f55-8d43-3f5f0b1e2a10")).isEqualTo(id);
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }
}
