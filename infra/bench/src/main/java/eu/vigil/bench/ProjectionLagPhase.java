package eu.vigil.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * W4 (performance.md): timeline appends through command-service at a fixed rate; each event's lag is its
 * {@code projected_at} on query-service's timeline minus its {@code time_stamp} in command-service's event store,
 * beside the floor F = R1ax-c1 p50 + RK p50 + R1c1 p50 measured just before. Then query-service is stopped for the
 * outage while the appends go on, started again, and the rate at which it drains the backlog is compared with the
 * input rate.
 */
final class ProjectionLagPhase {

    /** performance.md's rate; {@code --rate} runs another, to find the rate a machine keeps the goals at. */
    static final int PLANNED_PER_SECOND = 200;
    private static final int SENDERS = 16;
    private static final int INCIDENTS = 100;
    private static final Duration REFERENCE = Duration.ofSeconds(15);
    private static final Duration AFTER_DRAIN = Duration.ofSeconds(30);

    private final BenchStack stack;
    private final ApiClient api;
    private final Database database;
    private final int perSecond;
    private ProjectionLag lag;
    private final List<String> incidents = new ArrayList<>();
    private final Instant awareAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    ProjectionLagPhase(BenchStack stack, ApiClient api, Database database, int perSecond) {
        this.stack = stack;
        this.api = api;
        this.database = database;
        this.perSecond = perSecond;
    }

    void run(Duration duration, Duration outage) throws Exception {
        try (var watch = new TopicWatch(stack.bootstrapServers(), database)) {
            lag = new ProjectionLag(database, watch);
            measure(duration, outage);
        }
    }

    private void measure(Duration duration, Duration outage) throws Exception {
        for (int i = 0; i < INCIDENTS; i++) {
            incidents.add(api.report("W4 incident " + i, awareAt));
        }
        Measurement warmUp = appends(Duration.ofSeconds(10), new AtomicBoolean());
        lag.awaitProjected(now().minusMinutes(5), now(), Duration.ofMinutes(2));
        System.out.printf(Locale.ROOT, "Warm-up, not counted: %d incidents reported, %d appends at %d/s%n",
                INCIDENTS, warmUp.successes(), perSecond);

        RawInsertReference.createTable(database);
        Measurement r1axC1;
        try (var one = new ClosedLoop(1)) {
            r1axC1 = new RawInsertReference(database, RawInsertReference.RowShape.ofServiceEvents(database))
                    .run(one, REFERENCE);
        }
        Measurement rk = new KafkaHop(stack.bootstrapServers()).run(perSecond, REFERENCE);
        Measurement r1c1 = new TimelineInsertReference(database).run(REFERENCE);
        var labels = List.of("R1ax-c1 raw insert, 1 client", rk.name(), r1c1.name());
        var references = List.of(r1axC1, rk, r1c1);
        for (int i = 0; i < references.size(); i++) {
            Measurement reference = references.get(i);
            System.out.printf(Locale.ROOT, "  %-30s p50 %6.2f ms   p99 %6.2f ms   (%d, errors %d)%n", labels.get(i),
                    reference.p50Millis(), reference.p99Millis(), reference.successes(), reference.errors());
        }
        double floor = r1axC1.p50Millis() + rk.p50Millis() + r1c1.p50Millis();
        double floorP99 = r1axC1.p99Millis() + rk.p99Millis() + r1c1.p99Millis();
        System.out.printf(Locale.ROOT, "  F = R1ax-c1 p50 + RK p50 + R1c1 p50 = %.2f ms (the same sum of p99s: %.2f"
                + " ms)%n", floor, floorP99);

        var commandSide = new CpuClock(stack.servicePid(), stack.postgresPid());
        var querySide = new CpuClock(stack.queryService().pid(), stack.postgresPid());
        CpuClock.Reading commandBefore = commandSide.read();
        CpuClock.Reading queryBefore = querySide.read();
        OffsetDateTime from = now();
        Measurement steady = appends(duration, new AtomicBoolean());
        OffsetDateTime to = now();
        printAppends(steady);
        printCpu(CpuClock.between(commandBefore, commandSide.read()), CpuClock.between(queryBefore, querySide.read()));
        lag.awaitProjected(from, to, Duration.ofMinutes(3));
        var figures = lag.between(from, to);
        System.out.printf(Locale.ROOT, "  lag append -> timeline, %d events: p50 %.1f ms = %.1f × F (must <= 10,"
                        + " target 5); p99 %.1f ms (must < 200), = %.1f × F_p99 (target <= 20); max %.1f ms%n",
                figures.events(), figures.p50(), figures.p50() / floor, figures.p99(), figures.p99() / floorP99,
                figures.max());
        System.out.printf(Locale.ROOT, "    of which append -> on the topic (command-service's commit, publishing"
                        + " processor, broker) p50 %.1f ms, p99 %.1f ms; topic -> timeline (query-service) p50 %.1f"
                        + " ms, p99 %.1f ms%n", figures.toTopicP50(), figures.toTopicP99(), figures.fromTopicP50(),
                figures.fromTopicP99());
        System.out.printf(Locale.ROOT, "    they reached the topic at %.0f events/s (command-service's publishing"
                + " processor)%n", lag.topicRate(from, to));
        if (!outage.isZero()) {
            outage(outage);
        }
        System.out.println("  " + lag.completeness(incidents));
    }

    private void outage(Duration outage) throws Exception {
        System.out.printf(Locale.ROOT, "%nCatch-up: query-service stopped for %d s while the appends go on at %d/s%n",
                outage.toSeconds(), perSecond);
        var stop = new AtomicBoolean();
        CompletableFuture<Measurement> input = CompletableFuture.supplyAsync(() -> {
            try {
                return appends(Duration.ofMinutes(30), stop);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        try {
            TimeUnit.SECONDS.sleep(10);
            OffsetDateTime stopped = now();
            stack.stopQueryService();
            OffsetDateTime down = now(); // a row projected later comes from the restarted service
            TimeUnit.NANOSECONDS.sleep(outage.toNanos() - Duration.between(stopped, now()).toNanos());
            OffsetDateTime starting = now();
            stack.restartQueryService();
            OffsetDateTime ready = now();
            System.out.printf(Locale.ROOT, "  stopped %.1f s, restart took %.1f s more until ready%n",
                    seconds(stopped, starting), seconds(starting, ready));
            lag.awaitDrained(down, Duration.ofMinutes(10));
            TimeUnit.NANOSECONDS.sleep(AFTER_DRAIN.toNanos());
            stop.set(true);
            Measurement appended = input.get();
            printAppends(appended);
            lag.awaitProjected(stopped, now(), Duration.ofMinutes(3));
            var catchUp = lag.catchUp(down);
            double inputRate = appended.perSecond();
            System.out.printf(Locale.ROOT, "  backlog when projection resumed %d events; drained in %.1f s at %.0f"
                            + " events/s = %.1f × the planned input rate of %d/s (goal >= 5), %.1f × the %.0f/s"
                            + " command-service took; %.1f s per minute without projection (stopped to first new"
                            + " row)%n", catchUp.backlog(), catchUp.seconds(), catchUp.rate(),
                    catchUp.rate() / perSecond, perSecond, catchUp.rate() / inputRate, inputRate,
                    60 * catchUp.seconds() / seconds(stopped, catchUp.resumed()));
            var after = lag.between(catchUp.drained(), catchUp.drained().plus(AFTER_DRAIN));
            System.out.printf(Locale.ROOT, "  lag of the %d events appended in the %d s after draining: p50 %.1f ms,"
                            + " p99 %.1f ms (goal p99 < 200 within 30 s)%n", after.events(), AFTER_DRAIN.toSeconds(),
                    after.p50(), after.p99());
        } finally {
            stop.set(true);
        }
    }

    private Measurement appends(Duration duration, AtomicBoolean stop) throws InterruptedException {
        return new OpenLoop(perSecond, SENDERS).run(ApiWorkload.APPEND + " at " + perSecond + "/s", duration,
                stop::get, number -> api.appendObservation(incidents.get(number % incidents.size()),
                        "Observation " + number, awareAt.plusSeconds(1 + number % 3600)));
    }

    private static void printAppends(Measurement m) {
        System.out.printf(Locale.ROOT, "  %s: %d in %.0f s (%.1f/s), p50 %.1f ms, p99 %.1f ms, errors %d%s%n",
                m.name(), m.successes(), m.seconds(), m.perSecond(), m.p50Millis(), m.p99Millis(), m.errors(),
                m.firstError() == null ? "" : "; first: " + m.firstError());
    }

    private static void printCpu(CpuClock.Share command, CpuClock.Share query) {
        System.out.printf(Locale.ROOT, "    CPU, %% of one core: command-service %.0f, query-service %.0f,"
                        + " postgres %.0f,"
                        + " bench load %.0f, bench other (Kafka, JIT, GC) %.0f; machine %.0f, others %.0f%n",
                command.service(), query.service(), command.postgres(), command.load(), command.benchOther(),
                command.machine(), Math.max(0, command.others() - query.service()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static double seconds(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
