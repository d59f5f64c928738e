package eu.vigil.query.trends.web;

import eu.vigil.query.trends.SectorTrends;
import eu.vigil.query.trends.TrendTable;
import eu.vigil.web.csv.SpreadsheetCsv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One table of the trends as CSV (web-kit's SpreadsheetCsv), a withheld figure written {@value #WITHHELD}. */
final class TrendsCsv {

    static final String WITHHELD = "fewer than 3 hospitals";

    private TrendsCsv() {
    }

    static void write(Writer out, TrendTable table, SectorTrends.Trends trends) throws IOException {
        var lines = new ArrayList<List<String>>();
        switch (table) {
            case WEEKLY -> {
                lines.add(List.of("iso_week", "rsit_class", "shares"));
                trends.weekly().forEach(count -> lines.add(List.of(count.week(), count.group(), text(count.shares()))));
            }
            case IMPACT -> {
                lines.add(List.of("iso_week", "patient_care_impact", "shares"));
                trends.impact().forEach(count -> lines.add(List.of(count.week(), count.group(), text(count.shares()))));
            }
            case TIMELINESS -> {
                lines.add(List.of("month", "report", "submitted", "median_hours", "p90_hours", "on_time_percent"));
                trends.timeliness().forEach(row -> lines.add(List.of(row.month(), row.report(),
                        text(row.submitted()), text(row.medianHours()), text(row.p90Hours()),
                        text(row.onTimePercent()))));
            }
        }
        try (var csv = new SpreadsheetCsv(out)) {
            for (var line : lines) {
                csv.line(line);
            }
        }
    }

    private static String text(Object figure) {
        return figure == null ? WITHHELD : Objects.toString(figure);
    }
}
