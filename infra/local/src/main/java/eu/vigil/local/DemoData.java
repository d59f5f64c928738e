package eu.vigil.local;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The demo hospitals and incident reports of shared/docs/demo-scenarios.md, loaded through the public API as a
 * person would enter them. Times are relative to the load ("T"), so the deadlines are always close.
 */
final class DemoData {

    private final DemoApi api;
    private final DemoObligations obligations;
    private final DemoDeletedDrill deletedDrill;
    private final Instant t;

    /** @param t the load moment the scenarios' times are relative to */
    DemoData(String commandServiceUrl, String notifierUrl, String queryServiceUrl, Tokens tokens, Instant t) {
        this.api = new DemoApi(commandServiceUrl, tokens);
        this.obligations = new DemoObligations(new DemoApi(notifierUrl, tokens), t);
        this.deletedDrill = new DemoDeletedDrill(api, new DemoApi(queryServiceUrl, tokens));
        this.t = t;
    }

    void load() throws IOException, InterruptedException {
        hospital("h-brugge", "AZ Sint-Aurelia Brugge", "BE", "Europe/Brussels", "nl");
        hospital("h-utrecht", "Ziekenhuis Domstad Utrecht", "NL", "Europe/Amsterdam", "nl");
        hospital("h-lyon", "Centre Hospitalier Confluence Lyon", "FR", "Europe/Paris", "fr");
        hospital("h-koeln", "Klinikum Rheinufer Köln", "DE", "Europe/Berlin", "de");

        obligations.profiles(); // before the incidents: obligations name the authority they are owed to
        var scenarios = new DemoScenarios(api, t);
        scenarios.load();
        obligations.decisions(scenarios.loaded());
        deletedDrill.load();
    }

    private void hospital(String id, String name, String country, String zone, String language)
            throws IOException, InterruptedException {
        api.send(null, "hospital:" + id, "PUT", "/api/hospitals/" + id,
                Map.of("name", name, "country", country, "timeZone", zone, "language", language));
    }
}
