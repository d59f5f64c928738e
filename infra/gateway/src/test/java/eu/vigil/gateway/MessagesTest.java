package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import eu.vigil.testsupport.BundleChecks;
import eu.vigil.testsupport.MessageBundles;
import eu.vigil.web.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * Every text of the gateway's pages and problems exists in English and every translation, with the same placeholders
 * (test-support's checks); in English a problem says what web-kit's catalogue says.
 */
class MessagesTest extends BundleChecks {

    @Test
    void theEnglishProblemTextsAreTheCatalogues() {
        var english = MessageBundles.ofThisModule().bundle("");
        var bundled = new TreeMap<String, String>();
        var catalogue = new TreeMap<String, String>();
        for (ProblemType type : ProblemType.values()) {
            for (var text : Map.of(".title", type.title(), ".detail", type.detail()).entrySet()) {
                String key = "problem." + type.code() + text.getKey();
                if (english.containsKey(key)) {
                    bundled.put(key, english.getProperty(key));
                    catalogue.put(key, text.getValue());
                }
            }
        }

        assertThat(bundled).isNotEmpty().isEqualTo(catalogue);
    }
}
