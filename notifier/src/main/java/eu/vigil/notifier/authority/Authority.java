package eu.vigil.notifier.authority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One authority of the catalogue; every fact with its source and whether the regulatory pack confirmed it.
 *
 * @param names                  the name per ISO 639-1 language, as far as the pack knows it
 * @param aliases                abbreviations and other names a hospital profile may hold
 * @param languages              the languages it accepts, the preferred first
 * @param formFields             the draft template keys its form asks for
 * @param formFieldsLegalMinimum true when its form is unknown and {@code formFields} is the legal minimum
 * @param contacts               portal, e-mail, phone and note, each only where the pack has a value
 */
public record Authority(String id, String country, Fact<List<Role>> roles, Fact<Map<String, String>> names,
                        Fact<List<String>> aliases, Fact<List<String>> languages, Fact<List<String>> formFields,
                        boolean formFieldsLegalMinimum, Map<FactName, Fact<String>> contacts) {

    public Authority {
        contacts = Map.copyOf(contacts);
    }

    public boolean hasRole(Role role) {
        return roles.value().contains(role);
    }

    public Optional<Fact<String>> contact(FactName name) {
        return Optional.ofNullable(contacts.get(name));
    }

    /** The name in the language, else the first the catalogue has. */
    public String name(String language) {
        return names.value().getOrDefault(language, names.value().values().iterator().next());
    }

    /** The id, every name and every alias: what a hospital profile's free text may say. */
    public List<String> knownNames() {
        var known = new ArrayList<String>();
        known.add(id);
        known.addAll(names.value().values());
        known.addAll(aliases.value());
        return known;
    }

    /** Every fact the catalogue has, in the order a page shows them. */
    public Map<FactName, Fact<?>> facts() {
        var facts = new LinkedHashMap<FactName, Fact<?>>();
        facts.put(FactName.ROLES, roles);
        facts.put(FactName.NAMES, names);
        facts.put(FactName.ALIASES, aliases);
        for (var name : List.of(FactName.PORTAL, FactName.EMAIL, FactName.PHONE)) {
            contact(name).ifPresent(fact -> facts.put(name, fact));
        }
        facts.put(FactName.LANGUAGES, languages);
        facts.put(FactName.FORM_FIELDS, formFields);
        contact(FactName.NOTE).ifPresent(fact -> facts.put(FactName.NOTE, fact));
        return facts;
    }
}
