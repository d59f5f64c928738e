package eu.vigil.notifier.obligation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a version of a draft says: its kind, its language and its fields in the report's order. Its digest is what
 * the DPO approves and what every export carries, so the DPO can later prove what was sent.
 */
public record DraftContent(String reportKind, String language, Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DraftContent {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** SHA-256, hex, of the content as compact JSON with the fields in order: the same content gives the same digest. */
    public String digest() {
        var canonical = new LinkedHashMap<String, Object>();
        canonical.put("reportKind", reportKind);
        canonical.put("language", language);
        canonical.put("fields", fields);
        try {
            byte[] bytes = JSON.writeValueAsBytes(canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A draft's content cannot be digested", e);
        }
    }
}
