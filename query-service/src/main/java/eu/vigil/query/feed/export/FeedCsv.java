package eu.vigil.query.feed.export;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncident;
import eu.vigil.web.csv.SpreadsheetCsv;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The feed as CSV (web-kit's {@link SpreadsheetCsv}: RFC 4180, no cell a spreadsheet would run): a header row, then one row per share and indicator (a share without indicators, or
 * withdrawn, is one row whose indicator cells are empty), each line ended by CRLF. {@code indicator_tlp} is the
 * label the indicator travels under: the stricter of its own and its share's.
 */
public final class FeedCsv {

    public static final List<String> HEADER = List.of("incident_id", "publisher", "pseudonymised", "country", "revision", "tlp",
            "category", "severity", "phase", "patient_care_impact", "cross_border", "summary", "first_shared_at",
            "changed_at", "withdrawn_at", "indicator_type", "indicator_value", "indicator_tlp");

    private FeedCsv() {
    }

    public static void write(Writer out, List<SharedIncident> shares) throws IOException {
        try (var csv = new SpreadsheetCsv(out)) {
            csv.line(HEADER);
            for (var share : shares) {
                var indicators = share.withdrawn() ? List.<SharedIncident.Indicator>of() : share.indicators();
                if (indicators.isEmpty()) {
                    csv.line(row(share, null));
                }
                for (var indicator : indicators) {
                    csv.line(row(share, indicator));
                }
            }
        }
    }

    private static List<String> row(SharedIncident share, SharedIncident.Indicator indicator) {
        var cells = new ArrayList<>(List.of(share.incidentId(), share.publisher(),
                Boolean.toString(share.pseudonymised()), text(share.country()), Integer.toString(share.revision()), share.tlp().code(),
                text(share.category()), text(share.severity()), text(share.phase()), text(share.patientCareImpact()),
                text(share.crossBorder()), text(share.summary()), text(share.firstSharedAt()),
                text(share.changedAt()), text(share.withdrawnAt())));
        if (indicator == null) {
            cells.addAll(List.of("", "", ""));
        } else {
            cells.addAll(List.of(indicator.type(), indicator.value(),
                    FeedAudience.stricter(indicator.tlp(), share.tlp()).code()));
        }
        return cells;
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static String text(Instant value) {
        return value == null ? "" : value.toString();
    }
}
