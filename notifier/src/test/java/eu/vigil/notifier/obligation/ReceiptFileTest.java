package eu.vigil.notifier.obligation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptFileTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPdfOfExactlyFiveMebibytesIsAccepted() {
        var file = ReceiptFile.of("ack.pdf", "application/pdf", Arrays.copyOf(PDF, ReceiptFile.MAX_BYTES));

        assertThat(file.sizeBytes()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void oneByteMoreIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> ReceiptFile.of("ack.pdf", "application/pdf",
                Arrays.copyOf(PDF, ReceiptFile.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(ReceiptRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("too-large");
                    assertThat(e.type().status().value()).isEqualTo(413);
                });
    }

    @Test
    void theDeclaredTypesParametersAndCaseDoNotMatter() {
        assertThat(ReceiptFile.of("a.txt", "Text/Plain; charset=UTF-8", "Reçu".getBytes(StandardCharsets.UTF_8))
                .mediaType()).isEqualTo("text/plain");
    }

    @Test
    void aJpegIsKnownByItsFirstThreeBytes() {
        assertThat(ReceiptFile.of("p.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                .mediaType()).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> ReceiptFile.of("p.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8}))
                .hasMessageContaining("content-not-of-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "a/b.pdf", "a\\b.pdf", "a\u202Eb.pdf", "a\tb.pdf", "a\u0000.pdf"})
    void aNameThatCouldMisleadIsRefused(String name) {
        assertThatThrownBy(() -> ReceiptFile.of(name, "application/pdf", PDF)).hasMessageContaining("name-not-plain");
    }

    @Test
    void aNameOfTwoHundredCharactersIsTheLongestAccepted() {
        assertThat(ReceiptFile.of("a".repeat(196) + ".pdf", "application/pdf", PDF).fileName()).hasSize(200);
        assertThatThrownBy(() -> ReceiptFile.of("a".repeat(197) + ".pdf", "application/pdf", PDF))
                .hasMessageContaining("name-not-plain");
    }

    @Test
    void theDigestIsTheSha256OfTheBytesInLowerCaseHex() {
        assertThat(ReceiptFile.of(null, "text/plain", "test".getBytes(StandardCharsets.UTF_8)).sha256())
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }
}
