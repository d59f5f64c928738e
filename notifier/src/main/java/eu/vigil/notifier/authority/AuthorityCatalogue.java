package eu.vigil.notifier.authority;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The authorities of each country, read once at start from {@code authorities/<cc>.yml}; a broken file stops the
 * notifier with the file and authority named. A fact the pack did not confirm is only the catalogue's proposal:
 * each hospital's DPO confirms it ({@link AuthorityConfirmations}).
 */
@Component
public class AuthorityCatalogue {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, AuthorityFiles.Country> countries;

    AuthorityCatalogue() {
        this(load().countries);
    }

    private AuthorityCatalogue(Map<String, AuthorityFiles.Country> countries) {
        this.countries = countries;
    }

    /** Every file under {@code authorities/} on the classpath. */
    public static AuthorityCatalogue load() {
        try {
            return load(new PathMatchingResourcePatternResolver().getResources("classpath:authorities/*.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the authority files in authorities/", e);
        }
    }

    public static AuthorityCatalogue load(Resource... files) {
        var countries = new TreeMap<String, AuthorityFiles.Country>();
        for (Resource file : files) {
            var country = AuthorityFiles.read(YAML, file);
            countries.put(country.code(), country);
        }
        var ids = new java.util.HashSet<String>();
        countries.values().stream().flatMap(country -> country.authorities().stream()).forEach(authority -> {
            if (!ids.add(authority.id())) {
                throw new InvalidAuthorityFileException("Authority " + authority.id() + " appears twice", null);
            }
        });
        return new AuthorityCatalogue(Map.copyOf(countries));
    }

    /** The ISO 3166-1 alpha-2 codes the catalogue covers. */
    public Set<String> countries() {
        return new TreeSet<>(countries.keySet());
    }

    /** The country's authorities in the file's order; none for a country the catalogue does not cover. */
    public List<Authority> of(String country) {
        var found = countries.get(country == null ? "" : country.toUpperCase(Locale.ROOT));
        return found == null ? List.of() : found.authorities();
    }

    public Optional<Authority> find(String id) {
        return all().filter(authority -> authority.id().equals(id)).findFirst();
    }

    /**
     * The authority a hospital profile's free text names: its id, a name in any language or an alias, ignoring
     * case and surrounding blanks.
     */
    public Optional<Authority> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return all().filter(authority -> authority.knownNames().stream().anyMatch(wanted::equalsIgnoreCase))
                .findFirst();
    }

    /** The ISO 639-1 language a draft starts in: the first the authority accepts, else its country's. */
    public String draftLanguage(Authority authority) {
        var accepted = authority.languages().value();
        return accepted.isEmpty() ? officialLanguages(authority.country()).get(0) : accepted.get(0);
    }

    /** The country's official languages; none for a country the catalogue does not cover. */
    public List<String> officialLanguages(String country) {
        var found = countries.get(country == null ? "" : country.toUpperCase(Locale.ROOT));
        return found == null ? List.of() : found.officialLanguages();
    }

    private Stream<Authority> all() {
        return countries.values().stream().flatMap(country -> country.authorities().stream());
    }
}
