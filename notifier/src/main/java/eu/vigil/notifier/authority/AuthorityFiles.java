package eu.vigil.notifier.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.notifier.authority.AuthorityFile.Entry;
import eu.vigil.notifier.authority.AuthorityFile.Raw;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one country's file and refuses it, naming file and authority, when a fact lacks its value or source. */
final class AuthorityFiles {

    private AuthorityFiles() {
    }

    record Country(String code, List<String> officialLanguages, List<Authority> authorities) {
    }

    static Country read(ObjectMapper yaml, Resource resource) {
        String file = resource.getFilename();
        AuthorityFile read;
        try (var in = resource.getInputStream()) {
            read = yaml.readValue(in, AuthorityFile.class);
        } catch (IOException e) {
            throw new InvalidAuthorityFileException("Authority file " + file + " cannot be read: " + e.getMessage(), e);
        }
        String country = read.country();
        if (country == null || !(country.toLowerCase(Locale.ROOT) + ".yml").equals(file)) {
            throw invalid(file, "file", "must be named after its country " + country);
        }
        if (read.officialLanguages() == null || read.officialLanguages().isEmpty()) {
            throw invalid(file, "file", "lacks officialLanguages");
        }
        languages(file, "file", read.officialLanguages());
        if (read.authorities() == null || read.authorities().isEmpty()) {
            throw invalid(file, "file", "has no authorities");
        }
        var ids = new HashSet<String>();
        var authorities = new ArrayList<Authority>();
        for (Entry entry : read.authorities()) {
            var authority = authority(file, country, entry);
            if (!ids.add(authority.id())) {
                throw invalid(file, authority.id(), "appears twice");
            }
            authorities.add(authority);
        }
        return new Country(country, List.copyOf(read.officialLanguages()), List.copyOf(authorities));
    }

    private static Authority authority(String file, String country, Entry entry) {
        String id = entry.id();
        if (id == null || !id.matches(country.toLowerCase(Locale.ROOT) + "-[a-z0-9-]+")) {
            throw invalid(file, String.valueOf(id), "needs an id such as " + country.toLowerCase(Locale.ROOT) + "-ccb");
        }
        var roles = fact(file, id, "roles", entry.roles());
        var names = fact(file, id, "names", entry.names());
        var languages = fact(file, id, "languages", entry.languages());
        if (roles.value().isEmpty() || names.value().isEmpty() || languages.value().isEmpty()) {
            throw invalid(file, id, "needs at least one role, name and language");
        }
        languages(file, id, languages.value());
        languages(file, id, names.value().keySet());
        var contacts = new EnumMap<FactName, Fact<String>>(FactName.class);
        Map.of(FactName.PORTAL, nullable(entry.portal()), FactName.EMAIL, nullable(entry.email()),
                        FactName.PHONE, nullable(entry.phone()), FactName.NOTE, nullable(entry.note()))
                .forEach((name, raw) -> {
                    if (raw.value() != null || raw.source() != null) {
                        contacts.put(name, fact(file, id, name.code(), raw));
                    }
                });
        var fields = entry.formFields();
        if (fields == null || (fields.value() == null) == (fields.legalMinimum() == null)) {
            throw invalid(file, id, "needs formFields with either a value or a legalMinimum");
        }
        var formFields = fact(file, id, "formFields", new Raw<>(fields.value() != null ? fields.value()
                : FormFields.legalMinimum(fields.legalMinimum()), fields.source(), fields.confirmed()));
        if (!FormFields.KEYS.containsAll(formFields.value())) {
            throw invalid(file, id, "has a form field that no draft template knows: " + formFields.value());
        }
        return new Authority(id, country, roles, names, fact(file, id, "aliases", entry.aliases()), languages,
                formFields, fields.legalMinimum() != null, contacts);
    }

    private static <T> Fact<T> fact(String file, String id, String name, Raw<T> raw) {
        if (raw == null || raw.value() == null) {
            throw invalid(file, id, "lacks " + name);
        }
        if (raw.source() == null || !raw.source().startsWith("https://")) {
            throw invalid(file, id, name + " needs an https source URL");
        }
        if (raw.confirmed() == null) {
            throw invalid(file, id, name + " needs confirmed: true (✔ in the pack) or false (?)");
        }
        return new Fact<>(raw.value(), raw.source(), raw.confirmed());
    }

    private static Raw<String> nullable(Raw<String> raw) {
        return raw == null ? new Raw<>(null, null, null) : raw;
    }

    private static void languages(String file, String id, Collection<String> codes) {
        for (String code : codes) {
            if (code == null || !code.matches("[a-z]{2}")) {
                throw invalid(file, id, "has a language that is not ISO 639-1: " + code);
            }
        }
    }

    private static InvalidAuthorityFileException invalid(String file, String id, String problem) {
        return new InvalidAuthorityFileException("Authority file " + file + ": " + id + " " + problem, null);
    }
}
