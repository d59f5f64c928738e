package eu.vigil.query.trends.web;

import eu.vigil.query.trends.SectorTrends.ShareCount;
import eu.vigil.query.trends.SectorTrends.Timeliness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The geometry of the trends' SVG charts, drawn by the page's template; the tables beside them hold the numbers. */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final int LEFT = 40;

    private Charts() {
    }

    /** A bar; a withheld figure has no bar ({@code height} 0) and says so beside the chart. */
    record Bar(String label, double x, double y, double width, double height, Integer value) {
    }

    record Point(String label, double x, double y) {
    }

    /** One report's median hours per month: the points where the figure is shown, the line through them. */
    record Line(String report, List<Point> points) {
        public String polyline() {
            return String.join(" ", points.stream().map(p -> round(p.x()) + "," + round(p.y())).toList());
        }
    }

    /** @param top the largest value, for the axis's one label */
    record Chart(List<Bar> bars, List<Line> lines, int top, double baseline) {
    }

    static Chart bars(List<ShareCount> counts, Function<ShareCount, String> label) {
        int top = Math.max(1, counts.stream().map(ShareCount::shares).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(1));
        double step = (double) (WIDTH - LEFT) / Math.max(1, counts.size());
        double plot = HEIGHT - TOP - BOTTOM;
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < counts.size(); i++) {
            var count = counts.get(i);
            double height = count.shares() == null ? 0 : plot * count.shares() / top;
            bars.add(new Bar(label.apply(count), round(LEFT + i * step + step * 0.1), round(TOP + plot - height),
                    round(step * 0.8), round(height), count.shares()));
        }
        return new Chart(bars, List.of(), top, TOP + plot);
    }

    static Chart medians(List<String> months, List<Timeliness> rows, List<String> reports) {
        double top = Math.max(1, Math.ceil(rows.stream().map(Timeliness::medianHours).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(1)));
        double step = (double) (WIDTH - LEFT) / Math.max(1, months.size());
        double plot = HEIGHT - TOP - BOTTOM;
        var lines = new ArrayList<Line>();
        for (var report : reports) {
            var points = new ArrayList<Point>();
            for (int i = 0; i < months.size(); i++) {
                var month = months.get(i);
                var median = rows.stream().filter(row -> row.month().equals(month) && row.report().equals(report))
                        .map(Timeliness::medianHours).filter(Objects::nonNull).findFirst();
                int at = i;
                median.ifPresent(hours -> points.add(new Point(month, round(LEFT + at * step + step / 2),
                        round(TOP + plot - plot * hours / top))));
            }
            lines.add(new Line(report, points));
        }
        return new Chart(List.of(), lines, (int) top, TOP + plot);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
