package eu.vigil.bench;

import java.util.List;

/** Median and range of one figure over the rounds (harness rule 2). */
record Spread(double median, double min, double max) {

    /** A reference whose range exceeds this share of its median is flagged as unsteady (harness rule 2). */
    static final double UNSTEADY = 0.25;

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** (max − min) / median. */
    double relativeRange() {
        return median == 0 ? 0 : (max - min) / median;
    }

    boolean unsteady() {
        return relativeRange() > UNSTEADY;
    }
}
