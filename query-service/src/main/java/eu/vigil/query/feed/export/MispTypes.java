package eu.vigil.query.feed.export;

import eu.vigil.contracts.incident.IndicatorType;

/**
 * The MISP attribute type and category of an indicator type, each a pair MISP's describeTypes allows; the category
 * is the type's default one (its {@code sane_defaults}), and every one of them is for detection ({@code to_ids}).
 */
record MispTypes(String type, String category) {

    private static final String NETWORK = "Network activity";
    private static final String PAYLOAD = "Payload delivery";

    static MispTypes of(IndicatorType type) {
        return switch (type) {
            // an address or block the hospital saw its systems reach or be reached from; ip-dst takes a CIDR too
            case IPV4, IPV6, CIDR -> new MispTypes("ip-dst", NETWORK);
            case DOMAIN -> new MispTypes("domain", NETWORK);
            case URL -> new MispTypes("url", NETWORK);
            case MD5 -> new MispTypes("md5", PAYLOAD);
            case SHA1 -> new MispTypes("sha1", PAYLOAD);
            case SHA256 -> new MispTypes("sha256", PAYLOAD);
            // a phishing sender, as hospitals share addresses
            case EMAIL -> new MispTypes("email-src", PAYLOAD);
            case FILE_NAME -> new MispTypes("filename", PAYLOAD);
        };
    }
}
