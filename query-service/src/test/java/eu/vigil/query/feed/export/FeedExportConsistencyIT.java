package eu.vigil.query.feed.export;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.query.feed.ThreeHospitalShares;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's exports on the real projection: each reader finds in the STIX bundle, the MISP events and the CSV
 * exactly the shares and indicators the JSON feed shows them, the schemas accept every document, and each format
 * answers in its own media type.
 */
class FeedExportConsistencyIT extends ThreeHospitalShares {

    @Test
    void givenEachReaderWhenTheyExportTheFeedThenEachFormatHoldsExactlyWhatTheJsonFeedShowsThem() {
        for (String reader : List.of(CERT, OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            for (String publisher : List.of(OPEN, pseudonyms.of(HIDDEN))) {
                String query = "?limit=200&publisher=" + publisher;
                var feed = json(get("/api/cert/feed" + query, reader, "application/json")).get("items");
                var stix = json(get("/api/cert/feed.stix" + query, reader, "application/stix+json"));
                var misp = json(get("/api/cert/feed.misp.json" + query, reader, "application/json"));
                var csv = get("/api/cert/feed.csv" + query, reader, "text/csv").getBody();

                var shares = new TreeSet<String>();
                var values = new TreeSet<String>();
                feed.forEach(item -> {
                    shares.add(item.get("incidentId").asText());
                    item.get("indicators").forEach(indicator -> values.add(indicator.get("value").asText()));
                });
                ExportSchemas.assertValidStix(stix);
                misp.get("response").forEach(ExportSchemas::assertValidMisp);
                assertThat(stixReports(stix)).as("reports").isEqualTo(expectedIds(shares, "report--"));
                assertThat(stixIndicatorValues(stix)).as("indicators").isEqualTo(values);
                var events = new TreeSet<String>();
                var attributes = new TreeSet<String>();
                misp.get("response").forEach(event -> {
                    events.add(event.get("Event").get("uuid").asText());
                    event.get("Event").get("Attribute").forEach(attribute -> attributes.add(
                            attribute.get("value").asText()));
                });
                assertThat(events).as("events").isEqualTo(expectedIds(shares, ""));
                assertThat(attributes).as("attributes").isEqualTo(values);
                assertThat(csvColumn(csv, FeedCsv.HEADER.indexOf("incident_id"))).as("csv shares").isEqualTo(shares);
                assertThat(csvColumn(csv, FeedCsv.HEADER.indexOf("indicator_value"))).as("csv indicators")
                        .isEqualTo(values);
            }
        }
    }

    @Test
    void givenTheMediaTypesWhenAShareIsExportedThenStixIsItsOwnTypeUnlessJsonIsAskedAndCsvNeutralisesFormulas() {
        String path = "/api/cert/shares/" + formula + ".stix";
        assertThat(get(path, CERT, "application/stix+json;version=2.1").getHeaders().getContentType())
                .hasToString("application/stix+json;version=2.1");
        assertThat(get(path, CERT, "application/json").getHeaders().getContentType())
                .hasToString("application/json");
        var csv = get("/api/cert/feed.csv?limit=200&publisher=" + OPEN, CERT, "text/csv");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(csv.getBody()).contains(",\"'=HYPERLINK(\"\"http://evil\"\"), said the mail\",")
                .contains(",file-name,'-invoice.pdf.exe,clear\r\n");
    }

    private static Set<String> expectedIds(Set<String> incidentIds, String prefix) {
        var ids = new TreeSet<String>();
        incidentIds.forEach(id -> ids.add(prefix + NameBasedIds.of("share:" + id)));
        return ids;
    }

    private static Set<String> stixReports(JsonNode bundle) {
        var ids = new TreeSet<String>();
        StixBundlesTest.ofType(bundle, "report").forEach(report -> ids.add(report.get("id").asText()));
        return ids;
    }

    // the indicator's name is its type and value
    private static Set<String> stixIndicatorValues(JsonNode bundle) {
        var values = new TreeSet<String>();
        StixBundlesTest.ofType(bundle, "indicator").forEach(indicator -> values.add(
                indicator.get("name").asText().substring(indicator.get("name").asText().indexOf(' ') + 1)));
        return values;
    }

    // a column of the CSV's rows, the header left out; no cell of these rows holds a line break
    private static Set<String> csvColumn(String csv, int column) {
        var cells = new TreeSet<String>();
        var lines = csv.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            var row = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            String cell = row[column].replaceFirst("^'", "");
            if (!cell.isEmpty()) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
