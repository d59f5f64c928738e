package eu.vigil.query.feed.export;

import eu.vigil.contracts.incident.IndicatorType;

/**
 * The STIX 2.1 pattern (STIX 2.1 §9) that matches an indicator's value: one comparison of the cyber-observable
 * property the type names, the value a string literal with its quotes and backslashes escaped (§9.2).
 */
final class StixPatterns {

    private StixPatterns() {
    }

    /** The object path the type's value is compared with, such as {@code file:hashes.'SHA-256'}. */
    static String objectPath(IndicatorType type, String value) {
        return switch (type) {
            case IPV4 -> "ipv4-addr:value";
            case IPV6 -> "ipv6-addr:value";
            // the value of an ipv4-addr or ipv6-addr may be a CIDR block (STIX 2.1 §6.4.1, §6.5.1)
            case CIDR -> value.contains(":") ? "ipv6-addr:value" : "ipv4-addr:value";
            case DOMAIN -> "domain-name:value";
            case URL -> "url:value";
            case EMAIL -> "email-addr:value";
            case FILE_NAME -> "file:name";
            // the names of hash-algorithm-ov (§10.7); a name with a hyphen is quoted in a path (§9.3)
            case MD5 -> "file:hashes.MD5";
            case SHA1 -> "file:hashes.'SHA-1'";
            case SHA256 -> "file:hashes.'SHA-256'";
        };
    }

    static String of(IndicatorType type, String value) {
        return "[" + objectPath(type, value) + " = '" + escape(value) + "']";
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
