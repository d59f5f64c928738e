package eu.vigil.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of each of the whole stack's processes, by what they run (Linux /proc): the difference of two readings
 * per second of wall time is each one's share of a core, and per request its milliseconds of CPU.
 */
final class StackCpu {

    static final String POSTGRES = "postgres";
    static final String BENCH_LOAD = "bench load";

    record Reading(long wallNanos, Map<String, Double> seconds, double machineSeconds) {
    }

    private final Map<String, List<Long>> processes;
    private final double ticksPerSecond = CpuClock.ticksPerSecond();

    /** @param processes by group; the group {@link #POSTGRES} holds the postmaster, counted with its backends */
    StackCpu(Map<String, List<Long>> processes) {
        this.processes = processes;
    }

    Reading read() {
        var seconds = new LinkedHashMap<String, Double>();
        processes.forEach((group, pids) -> seconds.put(group, pids.stream().mapToLong(pid -> group.equals(POSTGRES)
                ? CpuClock.ticks(pid, true) + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(backend -> CpuClock.ticks(backend.pid(), false)).sum()
                : CpuClock.ticks(pid, false)).sum() / ticksPerSecond));
        seconds.put(BENCH_LOAD, CpuClock.ticks(ProcessHandle.current().pid(), false) / ticksPerSecond);
        return new Reading(System.nanoTime(), seconds, CpuClock.machineBusyTicks() / ticksPerSecond);
    }

    /** Percent of one core of each group between two readings, and "others": what none of them used. */
    static Map<String, Double> percent(Reading before, Reading after) {
        double wall = (after.wallNanos() - before.wallNanos()) / 1e9;
        var shares = new LinkedHashMap<String, Double>();
        double ours = 0;
        for (var group : after.seconds().keySet()) {
            double used = after.seconds().get(group) - before.seconds().get(group);
            ours += used;
            shares.put(group, 100 * used / wall);
        }
        shares.put("others", Math.max(0, 100 * (after.machineSeconds() - before.machineSeconds() - ours) / wall));
        return shares;
    }
}
