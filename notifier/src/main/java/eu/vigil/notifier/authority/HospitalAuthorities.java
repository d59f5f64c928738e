package eu.vigil.notifier.authority;

import eu.vigil.contracts.HospitalId;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An authority as one hospital deals with it: the catalogue's facts, overridden where the hospital's DPO confirmed
 * another value. Only what is confirmed (in the catalogue or by the DPO) shapes a report; an uncertain fact is shown,
 * never acted upon.
 */
@Component
public class HospitalAuthorities {

    private final AuthorityCatalogue catalogue;
    private final AuthorityConfirmations confirmations;

    HospitalAuthorities(AuthorityCatalogue catalogue, AuthorityConfirmations confirmations) {
        this.catalogue = catalogue;
        this.confirmations = confirmations;
    }

    /** The authority a profile or an obligation names in free text (an id, a name or an alias). */
    public Optional<Authority> named(String name) {
        return name == null ? Optional.empty() : catalogue.findByName(name);
    }

    /** The language a report to it starts in: the first the DPO confirmed, else the catalogue's. */
    public String draftLanguage(HospitalId hospital, Authority authority) {
        return draftLanguage(catalogue, authority, confirmations.of(hospital, authority.id()).get(FactName.LANGUAGES));
    }

    /**
     * The fields its form asks for: as the DPO confirmed them, else the catalogue's when they are the authority's own
     * (not the legal minimum put in their place); empty when neither is known.
     */
    public List<String> formFields(HospitalId hospital, Authority authority) {
        var confirmed = confirmations.of(hospital, authority.id()).get(FactName.FORM_FIELDS);
        if (confirmed != null && confirmed.confirmed()) {
            return items(confirmed.value());
        }
        return authority.formFieldsLegalMinimum() || !authority.formFields().confirmed() ? List.of()
                : authority.formFields().value();
    }

    /** The draft language with the hospital's confirmation of the languages, if any. */
    public static String draftLanguage(AuthorityCatalogue catalogue, Authority authority, Confirmation languages) {
        if (languages != null && languages.confirmed()) {
            return items(languages.value()).get(0);
        }
        return catalogue.draftLanguage(authority);
    }

    private static List<String> items(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
