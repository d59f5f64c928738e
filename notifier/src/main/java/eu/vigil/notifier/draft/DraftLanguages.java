package eu.vigil.notifier.draft;

import eu.vigil.notifier.authority.HospitalAuthorities;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.ui.Languages;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages a draft can be written in, and the one it starts in: the authority's. */
@Component
class DraftLanguages {

    private final HospitalAuthorities authorities;

    DraftLanguages(HospitalAuthorities authorities) {
        this.authorities = authorities;
    }

    static final List<String> SUPPORTED = Languages.CODES;

    // the official language the country's authorities read first (shared/regulatory/authorities.md, "Language")
    private static final Map<String, String> OF_COUNTRY = Map.of("BE", "nl", "NL", "nl", "FR", "fr", "DE", "de",
            "AT", "de", "IT", "it", "PT", "pt", "ES", "es", "LU", "fr", "IE", "en");

    /** The authority's first language where the bundles speak it, else the country's. */
    String of(ObligationRow obligation, HospitalProfile profile) {
        return authorities.named(obligation.authority())
                .map(authority -> authorities.draftLanguage(obligation.hospitalId(), authority))
                .filter(SUPPORTED::contains)
                .orElseGet(() -> profile.country() == null ? "en"
                        : OF_COUNTRY.getOrDefault(profile.country().toUpperCase(Locale.ROOT), "en"));
    }

    String require(String language) {
        if (!SUPPORTED.contains(language)) {
            throw DraftRuleException.unsupportedLanguage(language);
        }
        return language;
    }
}
