package eu.vigil.notifier.authority.web;

import eu.vigil.notifier.authority.FactName;
import eu.vigil.notifier.authority.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An authority as its page shows it: every fact as text, the uncertain ones said to be so. */
record AuthorityCard(String id, String name, String draftLanguage, boolean formFieldsLegalMinimum,
                     List<Row> facts) {

    static AuthorityCard of(AuthorityResponse authority, String language) {
        var names = authority.facts().stream().filter(fact -> fact.name() == FactName.NAMES)
                .map(fact -> (Map<?, ?>) fact.value()).findFirst().orElse(Map.of());
        Object name = names.containsKey(language) ? names.get(language)
                : names.values().stream().<Object>map(value -> value).findFirst().orElse(authority.id());
        return new AuthorityCard(authority.id(), String.valueOf(name), authority.draftLanguage(),
                authority.formFieldsLegalMinimum(), authority.facts().stream().map(Row::of).toList());
    }

    /**
     * @param hospital the DPO's word for the viewer's hospital, or null when none was given
     */
    record Row(String name, String value, String source, boolean confirmedInCatalogue,
               FactResponse.HospitalConfirmation hospital) {

        static Row of(FactResponse fact) {
            return new Row(fact.name().code(), text(fact.value()), fact.source(), fact.confirmedInCatalogue(),
                    fact.hospitalConfirmation());
        }

        private static String text(Object value) {
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining("; "));
            }
            if (value instanceof Collection<?> items) {
                return items.stream().map(item -> item instanceof Role role ? role.code() : String.valueOf(item))
                        .collect(Collectors.joining(", "));
            }
            return value == null ? null : value.toString();
        }
    }
}
