package eu.vigil.query.feed.web;

import eu.vigil.query.feed.SharedIncident;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The countries of a page of shares, by name in the reader's language: ISO 3166-1 code to name. */
public final class CountryNames {

    private CountryNames() {
    }

    public static Map<String, String> of(List<SharedIncident> shares, Locale locale) {
        var names = new TreeMap<String, String>();
        shares.stream().map(SharedIncident::country).filter(Objects::nonNull).distinct()
                .forEach(country -> names.put(country, new Locale("", country).getDisplayCountry(locale)));
        return names;
    }
}
