package eu.vigil.bench;

/**
 * One round: the raw-insert reference, then reporting, then appending to {@code poolSize} of the incidents just
 * reported, back to back on the same database (harness rule 1).
 */
record Round(Phase reference, Phase reports, Phase appends, int poolSize) {

    double reportsPerReference() {
        return reports.measurement().perSecond() / reference.measurement().perSecond();
    }

    double appendsPerReference() {
        return appends.measurement().perSecond() / reference.measurement().perSecond();
    }

    /** How many events each pooled incident had on average after the appends: its report's one plus appends. */
    double eventsPerPooledIncident() {
        return 1 + (double) appends.measurement().successes() / poolSize;
    }
}
