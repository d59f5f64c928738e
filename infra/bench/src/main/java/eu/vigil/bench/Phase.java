package eu.vigil.bench;

/**
 * One measured phase and what ran beside it: each process's CPU, and autovacuum runs and checkpoints that
 * finished during it (harness rules 3 and 4).
 */
record Phase(Measurement measurement, CpuClock.Share cpu, long autovacuumRuns, long checkpoints) {

    /** Something that measures; wrapped by {@link Recorder} to know what ran beside it. */
    @FunctionalInterface
    interface Run {
        Measurement measure() throws Exception;
    }

    /** Reads the CPU clock and the database's counters before and after each phase. */
    record Recorder(CpuClock clock, Database database) {

        Phase record(Run run) throws Exception {
            Database.Counters countersBefore = database.counters();
            CpuClock.Reading before = clock.read();
            Measurement measurement = run.measure();
            CpuClock.Reading after = clock.read();
            Database.Counters countersAfter = database.counters();
            return new Phase(measurement, CpuClock.between(before, after),
                    countersAfter.autovacuumRuns() - countersBefore.autovacuumRuns(),
                    countersAfter.checkpoints() - countersBefore.checkpoints());
        }
    }
}
