package eu.vigil.notifier.obligation;

import eu.vigil.web.ProblemType;
import eu.vigil.web.TextRules;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A receipt's file as checked at the edge: at most {@link #MAX_BYTES}, of an accepted type that its first bytes
 * confirm (a PDF renamed .png is refused, not stored), under a plain name of one line.
 */
public record ReceiptFile(String fileName, String mediaType, byte[] bytes) {

    /** 5 MiB: a scanned acknowledgement or a portal screenshot; a mail with large attachments is not a receipt. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NAME_LENGTH = 200;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
            "image/jpeg", "jpg", "message/rfc822", "eml", "text/plain", "txt");

    /**
     * The checked file; a missing or blank name becomes {@code receipt.<extension>}.
     *
     * @param declaredType the media type as sent, parameters such as {@code charset} ignored
     * @throws ReceiptRefusedException naming the part at fault
     */
    public static ReceiptFile of(String fileName, String declaredType, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ReceiptRefusedException(ProblemType.REQUEST_TOO_LARGE, "too-large", "content");
        }
        if (bytes.length == 0) {
            throw new ReceiptRefusedException(ProblemType.INVALID_REQUEST, "empty", "content");
        }
        String type = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.containsKey(type)) {
            throw new ReceiptRefusedException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "type-not-accepted", "type");
        }
        if (!contentIs(type, bytes)) {
            throw new ReceiptRefusedException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "content-not-of-type", "type");
        }
        String name = fileName == null || fileName.isBlank() ? "receipt." + EXTENSIONS.get(type) : fileName.strip();
        if (!plainName(name)) {
            throw new ReceiptRefusedException(ProblemType.INVALID_REQUEST, "name-not-plain", "name");
        }
        return new ReceiptFile(name, type, bytes);
    }

    /** A name sent in a form that cannot be read (a Content-Disposition that does not parse). */
    public static ReceiptRefusedException unreadableName() {
        return new ReceiptRefusedException(ProblemType.INVALID_REQUEST, "name-not-plain", "name");
    }

    public long sizeBytes() {
        return bytes.length;
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static boolean contentIs(String type, byte[] bytes) {
        return switch (type) {
            case "application/pdf" -> startsWith(bytes, PDF);
            case "image/png" -> startsWith(bytes, PNG);
            case "image/jpeg" -> startsWith(bytes, JPEG);
            default -> isText(bytes); // an e-mail (RFC 5322) and plain text alike
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // shown in a Content-Disposition header and on the page: one line, no path a browser could act on
    private static boolean plainName(String name) {
        return name.length() <= MAX_NAME_LENGTH && TextRules.checkLine(name) == null
                && name.chars().noneMatch(c -> c == '/' || c == '\\') && !name.equals(".") && !name.equals("..");
    }
}
