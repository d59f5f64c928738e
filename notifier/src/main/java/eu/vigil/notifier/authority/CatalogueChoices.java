package eu.vigil.notifier.authority;

import eu.vigil.notifier.hospital.AuthorityChoices;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The profile form's choices from the catalogue; a profile stores a name, and any of an authority's names is known. */
@Component
class CatalogueChoices implements AuthorityChoices {

    private final AuthorityCatalogue catalogue;

    CatalogueChoices(AuthorityCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Set<String> countries() {
        return catalogue.countries();
    }

    @Override
    public List<String> nis2Authorities(String language) {
        return names(language, Role.NIS2_CSIRT, Role.NIS2_COMPETENT);
    }

    @Override
    public List<String> dataProtectionAuthorities(String language) {
        return names(language, Role.DPA);
    }

    private List<String> names(String language, Role... roles) {
        return catalogue.countries().stream().flatMap(country -> catalogue.of(country).stream())
                .filter(authority -> List.of(roles).stream().anyMatch(authority::hasRole))
                .map(authority -> authority.name(language))
                .distinct().toList();
    }
}
