package eu.vigil.notifier.authority.web;

import eu.vigil.notifier.authority.Authority;
import eu.vigil.notifier.authority.AuthorityCatalogue;
import eu.vigil.notifier.authority.Confirmation;
import eu.vigil.notifier.authority.FactName;
import eu.vigil.notifier.authority.HospitalAuthorities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An authority of the catalogue with the caller's hospital's confirmations beside each fact.
 *
 * @param draftLanguage the first language the hospital's DPO confirmed, else the catalogue's
 */
record AuthorityResponse(String id, String country, String draftLanguage, boolean formFieldsLegalMinimum,
                         List<FactResponse> facts) {

    static AuthorityResponse of(Authority authority, AuthorityCatalogue catalogue,
                                Map<FactName, Confirmation> confirmations) {
        var facts = new ArrayList<FactResponse>();
        authority.facts().forEach((name, fact) -> facts.add(FactResponse.of(name, fact, confirmations.get(name))));
        confirmations.forEach((name, confirmation) -> {
            if (!authority.facts().containsKey(name)) { // a value the pack did not have, given by the DPO
                facts.add(FactResponse.of(name, null, confirmation));
            }
        });
        return new AuthorityResponse(authority.id(), authority.country(),
                HospitalAuthorities.draftLanguage(catalogue, authority, confirmations.get(FactName.LANGUAGES)),
                authority.formFieldsLegalMinimum(), List.copyOf(facts));
    }
}
