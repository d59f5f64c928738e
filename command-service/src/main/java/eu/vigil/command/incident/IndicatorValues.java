package eu.vigil.command.incident;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import eu.vigil.contracts.incident.IndicatorType;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Validates an indicator value for its type and writes it in one normal form, so that the same indicator seen at
 * two hospitals is the same string: lower-case domains, hashes and URL hosts, RFC 5952 IPv6, CIDR on the network
 * address. Parsing never resolves names (no DNS lookups).
 */
final class IndicatorValues {

    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp");

    private IndicatorValues() {
    }

    /** @throws InvalidIndicatorException naming what is wrong with the value */
    static String normalise(IndicatorType type, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidIndicatorException(type, value, "empty");
        }
        return switch (type) {
            case IPV4 -> address(type, value, Inet4Address.class, "not-an-ipv4");
            case IPV6 -> address(type, value, Inet6Address.class, "not-an-ipv6");
            case CIDR -> cidr(value);
            case DOMAIN -> domain(type, value);
            case URL -> url(value);
            case MD5 -> hash(type, value, 32);
            case SHA1 -> hash(type, value, 40);
            case SHA256 -> hash(type, value, 64);
            case EMAIL -> email(value);
            case FILE_NAME -> fileName(value);
        };
    }

    private static String address(IndicatorType type, String value, Class<? extends InetAddress> family,
                                  String reason) {
        if (!InetAddresses.isInetAddress(value) || !family.isInstance(InetAddresses.forString(value))) {
            throw new InvalidIndicatorException(type, value, reason);
        }
        return InetAddresses.toAddrString(InetAddresses.forString(value));
    }

    private static String cidr(String value) {
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (slash < 0 || !InetAddresses.isInetAddress(address)) {
            throw new InvalidIndicatorException(IndicatorType.CIDR, value, "not-a-cidr");
        }
        byte[] bytes = InetAddresses.forString(address).getAddress();
        int bits = bytes.length * 8;
        int prefix = prefixLength(value, value.substring(slash + 1), bits);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        BigInteger network = new BigInteger(1, bytes).and(mask);
        return InetAddresses.toAddrString(bytes.length == 4
                ? InetAddresses.fromIPv4BigInteger(network) : InetAddresses.fromIPv6BigInteger(network)) + "/" + prefix;
    }

    private static int prefixLength(String value, String prefix, int bits) {
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
            throw new InvalidIndicatorException(IndicatorType.CIDR, value, "prefix-out-of-range");
        }
        return Integer.parseInt(prefix);
    }

    private static String domain(IndicatorType type, String value) {
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (InetAddresses.isInetAddress(name) || !InternetDomainName.isValid(name)
                || !InternetDomainName.from(name).hasParent()) {
            throw new InvalidIndicatorException(type, value, "not-a-domain");
        }
        return InternetDomainName.from(name).toString(); // lower case, as Guava normalises it
    }

    private static String url(String value) {
        try {
            var uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!URL_SCHEMES.contains(scheme)) {
                throw new InvalidIndicatorException(IndicatorType.URL, value, "url-scheme");
            }
            String host = uri.getHost();
            if (host == null) {
                throw new InvalidIndicatorException(IndicatorType.URL, value, "not-a-url");
            }
            String normalHost = host.startsWith("[") || InetAddresses.isInetAddress(host)
                    ? host.toLowerCase(Locale.ROOT) : domain(IndicatorType.URL, host);
            return new URI(scheme, uri.getRawUserInfo(), normalHost, uri.getPort(), null, null, null)
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            throw new InvalidIndicatorException(IndicatorType.URL, value, "not-a-url");
        }
    }

    private static String hash(IndicatorType type, String value, int hexDigits) {
        if (!value.chars().allMatch(HexFormat::isHexDigit)) {
            throw new InvalidIndicatorException(type, value, "not-hex");
        }
        if (value.length() != hexDigits) {
            throw new InvalidIndicatorException(type, value, "wrong-hash-length");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String email(String value) {
        int at = value.lastIndexOf('@');
        String local = at < 0 ? "" : value.substring(0, at);
        if (local.isEmpty() || local.length() > 64 || local.chars().anyMatch(c -> Character.isWhitespace(c) || c == '@')) {
            throw new InvalidIndicatorException(IndicatorType.EMAIL, value, "not-an-email");
        }
        try {
            return local + "@" + domain(IndicatorType.EMAIL, value.substring(at + 1));
        } catch (InvalidIndicatorException e) {
            throw new InvalidIndicatorException(IndicatorType.EMAIL, value, "not-an-email");
        }
    }

    private static String fileName(String value) {
        if (value.length() > 255 || value.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new InvalidIndicatorException(IndicatorType.FILE_NAME, value, "not-a-file-name");
        }
        return value;
    }
}
