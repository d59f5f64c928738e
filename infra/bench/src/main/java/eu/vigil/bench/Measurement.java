package eu.vigil.bench;

import org.HdrHistogram.Histogram;

/**
 * What one closed-loop phase did: successful operations and their latency in microseconds, errors, and the
 * first error's message (null when there was none).
 */
record Measurement(String name, int clients, double seconds, Histogram latencies, long errors, String firstError) {

    long successes() {
        return latencies.getTotalCount();
    }

    double perSecond() {
        return successes() / seconds;
    }

    double p50Millis() {
        return percentileMillis(50);
    }

    double p95Millis() {
        return percentileMillis(95);
    }

    double p99Millis() {
        return percentileMillis(99);
    }

    private double percentileMillis(double percentile) {
        return successes() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }
}
