package eu.vigil.correlation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.SharedIndicator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values seen everywhere (public resolvers, update and CDN domains, private and documentation ranges), kept as data
 * with their source in {@code cert/warning-lists.json}: the feed shows them, the correlation never counts them. A list
 * named in {@code vigil.cert.warning-lists.off} is not applied: the local stack's demo data uses documentation values
 * only, and turns that list off so that its campaign correlates.
 */
public class WarningLists {

    private record Listed(String list, List<IpAddressMatcher> addresses, List<String> domains) {
    }

    private final List<Listed> lists = new ArrayList<>();

    /** @param off the names of the lists not to apply */
    public WarningLists(List<String> off) {
        try (var in = new ClassPathResource("cert/warning-lists.json").getInputStream()) {
            for (JsonNode list : new ObjectMapper().readTree(in).get("lists")) {
                if (off.contains(list.get("name").asText())) {
                    continue;
                }
                var addresses = new ArrayList<IpAddressMatcher>();
                list.path("addresses").forEach(range -> addresses.add(new IpAddressMatcher(range.asText())));
                var domains = new ArrayList<String>();
                list.path("domains").forEach(domain -> domains.add(domain.asText().toLowerCase(Locale.ROOT)));
                lists.add(new Listed(list.get("name").asText(), addresses, domains));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The warning lists are part of correlation-kit's jar", e);
        }
    }

    /** The share's indicators the correlation counts: those that may leave the hospital and are on no list. */
    public List<SharedIndicator> correlatable(IncidentShared share) {
        return share.indicators().stream()
                .filter(indicator -> indicator.tlp().shareable())
                .filter(indicator -> listing(indicator.type(), indicator.value()).isEmpty())
                .toList();
    }

    /** The name of the first list the value is on, or empty when it may be correlated. */
    public Optional<String> listing(IndicatorType type, String value) {
        return switch (type) {
            case IPV4, IPV6 -> byAddress(value);
            case CIDR -> byAddress(value.contains("/") ? value.substring(0, value.indexOf('/')) : value);
            case DOMAIN -> byDomain(value);
            case URL -> hostOf(value).flatMap(this::byDomain);
            case EMAIL -> value.contains("@") ? byDomain(value.substring(value.lastIndexOf('@') + 1))
                    : Optional.empty();
            case MD5, SHA1, SHA256, FILE_NAME -> Optional.empty();
        };
    }

    private Optional<String> byAddress(String address) {
        for (var list : lists) {
            for (var range : list.addresses()) {
                try {
                    if (range.matches(address)) {
                        return Optional.of(list.list());
                    }
                } catch (IllegalArgumentException notAnAddress) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> byDomain(String host) {
        String domain = host.toLowerCase(Locale.ROOT);
        return lists.stream().filter(list -> list.domains().stream()
                        .anyMatch(listed -> domain.equals(listed) || domain.endsWith("." + listed)))
                .map(Listed::list).findFirst();
    }

    private static Optional<String> hostOf(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost());
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }
}
