package eu.vigil.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time used so far by each process of the run (Linux /proc): command-service's JVM, PostgreSQL (postmaster,
 * its live backends and the ones it reaped), this JVM's load-generating threads, and this whole JVM, which also
 * runs the Kafka broker. The difference of two readings, per second of wall time, is each one's share of a core.
 */
final class CpuClock {

    /** Seconds of CPU time, and the wall clock in nanoseconds when read. */
    record Reading(long wallNanos, double service, double postgres, double load, double bench, double machineBusy) {
    }

    /** Percent of one core over an interval; the machine's busy share counts every core, so 2 cores max 200 %. */
    record Share(double service, double postgres, double load, double benchOther, double machine) {

        /** What neither this run's processes did: other builds on the same machine, the kernel. */
        double others() {
            return Math.max(0, machine - service - postgres - load - benchOther);
        }
    }

    private final List<Long> servicePids;
    private final long postgresPid;
    private final double ticksPerSecond = ticksPerSecond();

    CpuClock(long servicePid, long postgresPid) {
        this(List.of(servicePid), postgresPid);
    }

    /** @param servicePids several instances of one service, counted together as "service" */
    CpuClock(List<Long> servicePids, long postgresPid) {
        this.servicePids = List.copyOf(servicePids);
        this.postgresPid = postgresPid;
    }

    Reading read() {
        long wall = System.nanoTime();
        double postgres = ticks(postgresPid, true) + ProcessHandle.of(postgresPid).stream()
                .flatMap(ProcessHandle::descendants).mapToLong(backend -> ticks(backend.pid(), false)).sum();
        double service = servicePids.stream().mapToLong(pid -> ticks(pid, false)).sum();
        return new Reading(wall, service / ticksPerSecond, postgres / ticksPerSecond,
                loadThreadSeconds(), ticks(ProcessHandle.current().pid(), false) / ticksPerSecond,
                machineBusyTicks() / ticksPerSecond);
    }

    static Share between(Reading before, Reading after) {
        double wall = (after.wallNanos() - before.wallNanos()) / 1e9;
        double load = after.load() - before.load();
        return new Share(percent(after.service() - before.service(), wall),
                percent(after.postgres() - before.postgres(), wall), percent(load, wall),
                percent(after.bench() - before.bench() - load, wall),
                percent(after.machineBusy() - before.machineBusy(), wall));
    }

    private static double percent(double cpuSeconds, double wallSeconds) {
        return Math.max(0, 100 * cpuSeconds / wallSeconds);
    }

    /** utime + stime (+ the reaped children's, for the postmaster) in clock ticks; 0 for a process gone. */
    static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // fields after the command name, which may hold spaces, start at field 3 (state)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = Arrays.stream(cpu, 1, Math.min(cpu.length, 9)).mapToLong(Long::parseLong).sum();
            return total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]); // minus idle and iowait
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static double loadThreadSeconds() {
        var threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && ClosedLoop.isLoadThread(info.getThreadName())) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    static double ticksPerSecond() {
        try {
            var getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Double.parseDouble(answer) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
