package eu.vigil.query.feed.export;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;

import java.util.Locale;

/**
 * MISP machine tags of the misp-taxonomies ({@code tlp}, {@code rsit} and {@code nis2}) and of the misp-galaxy's
 * {@code country} cluster.
 */
final class MispTags {

    /** Every publisher is a hospital: NIS2's health sector is the one an incident it shares impacts. */
    static final String NIS2_HEALTH = "nis2:impact-sectors-impacted=\"health\"";

    private MispTags() {
    }

    /** {@code tlp:clear}, {@code tlp:amber+strict}...: the taxonomy's predicates are Vigil's TLP codes. */
    static String tlp(Tlp tlp) {
        return "tlp:" + tlp.code();
    }

    /** {@code rsit:malicious-code="infected-system"}: the RSIT class is the predicate, its type the value. */
    static String rsit(String categoryCode) {
        var category = RsitCategory.fromCode(categoryCode);
        return "rsit:" + category.rsitClass() + "=\"" + category.code().substring(category.code().indexOf('/') + 1)
                + "\"";
    }

    /** {@code misp-galaxy:country="belgium"}: the cluster's values are the countries' English names in lower case. */
    static String country(String isoCode) {
        return "misp-galaxy:country=\"" + new Locale("", isoCode).getDisplayCountry(Locale.ENGLISH)
                .toLowerCase(Locale.ROOT) + "\"";
    }
}
