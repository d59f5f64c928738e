package eu.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * W5 (performance.md): query-service's read endpoints over a seeded read model, each at a fixed rate (open loop,
 * {@link #PER_SECOND}/s) right after the same SQL run raw at the same rate (R7), as the benchmark hospital's security
 * officer. Prints p50, p95 and p99 of both and the ratios the goals name.
 */
final class ReadsPhase {

    static final int PER_SECOND = 20;
    private static final int SENDERS = 8;
    private static final int DEEP_PAGE = 200;
    private static final int WARM_UP = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_PAGE = "list page 1, no filter";

    /** One endpoint and its own SQL: each raw operation runs every statement the endpoint's request runs. */
    private record Read(String name, String path, String accept, List<Map.Entry<String, Map<String, Object>>> sql) {
    }

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;

    ReadsPhase(BenchStack stack, Database database, BenchSettings settings) {
        this.stack = stack;
        this.database = database;
        this.settings = settings;
    }

    void run() throws Exception {
        var seed = new ReadModelSeed(database, settings.incidents(), settings.events(), settings.hospitals());
        long began = System.nanoTime();
        seed.run();
        System.out.printf(Locale.ROOT, "Seeded with COPY, then VACUUM ANALYZE, in %.0f s: %s; %d incidents in %s%n",
                (System.nanoTime() - began) / 1e9, sizes(), seed.ownIncidents(), Benchmark.HOSPITAL);
        var api = new ApiClient(stack.queryService().url(), Benchmark.HOSPITAL);
        try (var raw = new RawReads(database)) {
            List<Read> reads = reads(api);
            System.out.printf(Locale.ROOT, "Each read: %d not counted, then R7 raw and the endpoint, %d/s for %d s"
                    + " each, at most %d in flight%n", WARM_UP, PER_SECOND, settings.phase().toSeconds(), SENDERS);
            double[] listP95 = new double[2];
            for (Read read : reads) {
                var figures = measure(read, api, raw);
                if (read.name().equals(FIRST_PAGE)) {
                    listP95[0] = figures[0];
                } else if (read.name().startsWith("list page " + DEEP_PAGE)) {
                    listP95[1] = figures[0];
                }
            }
            if (listP95[1] > 0) {
                System.out.printf(Locale.ROOT, "  list page %d p95 / page 1 p95 = %.2f (goal <= 1.5)%n", DEEP_PAGE,
                        listP95[1] / listP95[0]);
            }
        }
        System.out.println("  DPO deadline board: not measured. It is the notifier's page over its own tables"
                + " (notification.*), which this seed does not fill; query-service has no board.");
    }

    private List<Read> reads(ApiClient api) throws Exception {
        String hospital = Benchmark.HOSPITAL;
        var incident = UUID.nameUUIDFromBytes("incident-0".getBytes());
        var yearAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(365).truncatedTo(ChronoUnit.SECONDS);
        var byIncident = Map.<String, Object>of("incidentId", incident, "hospitalId", hospital);
        var reads = new ArrayList<>(List.of(
                new Read(FIRST_PAGE, "/api/incidents", "application/json",
                        List.of(RawReads.list(hospital, null, null, null, null,
                                null, null))),
                new Read("list page 1, high in analysis, last 365 days",
                        "/api/incidents?severity=high&phase=analysis&from=" + encode(yearAgo.toInstant().toString()),
                        "application/json", List.of(RawReads.list(hospital,
                        "analysis", "high", yearAgo, null, null, null))),
                new Read("list page 1, words 'ransomware'", "/api/incidents?q=ransomware", "application/json",
                        List.of(RawReads.list(hospital, null, null, null,
                                "ransomware:*", null, null)))));
        String cursor = cursorOfPage(api, DEEP_PAGE);
        if (cursor == null) {
            System.out.printf("  %s has fewer than %d pages of 50: no deep page measured%n", hospital, DEEP_PAGE);
        } else {
            String[] position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII)
                    .split("\\.");
            reads.add(new Read("list page " + DEEP_PAGE + ", no filter (keyset cursor)", "/api/incidents?cursor="
                    + cursor, "application/json", List.of(RawReads.list(hospital,
                    null, null, null, null, Long.parseLong(position[0]), UUID.fromString(position[1])))));
        }
        reads.add(new Read("timeline API (JSON, whole history)", "/api/incidents/" + incident + "/history",
                "application/json", List.of(Map.entry(RawReads.TIMELINE, byIncident))));
        reads.add(new Read("timeline page (HTML)", "/incidents/" + incident, "text/html",
                List.of(Map.entry(RawReads.TIMELINE, byIncident), Map.entry(RawReads.OBLIGATIONS, byIncident),
                        Map.entry(RawReads.OBLIGATION_HISTORY, byIncident))));
        return reads;
    }

    /** @return p95 of the endpoint and of R7, in ms */
    private double[] measure(Read read, ApiClient api, RawReads raw) throws Exception {
        ClosedLoop.Operation sql = number -> {
            for (var statement : read.sql()) {
                raw.run(statement.getKey(), statement.getValue());
            }
        };
        ClosedLoop.Operation request = number -> api.get(read.path(), read.accept());
        for (int i = 0; i < WARM_UP; i++) {
            sql.run(0);
            request.run(0);
        }
        var loop = new OpenLoop(PER_SECOND, SENDERS);
        var recorder = new Phase.Recorder(new CpuClock(stack.queryService().pid(), stack.postgresPid()), database);
        Measurement reference = loop.run("R7 " + read.name(), settings.phase(), sql);
        Phase phase = recorder.record(() -> loop.run(read.name(), settings.phase(), request));
        Measurement endpoint = phase.measurement();
        double ratio = endpoint.p95Millis() / reference.p95Millis();
        System.out.printf(Locale.ROOT, "  %-48s p50 %6.2f  p95 %6.2f  p99 %6.2f ms  (errors %d)%n"
                        + "  %-48s p50 %6.2f  p95 %6.2f  p99 %6.2f ms;  p95 ratio %.1f × R7 (goal <= 10),"
                        + " p95 %s 100 ms%n", reference.name(), reference.p50Millis(), reference.p95Millis(),
                reference.p99Millis(), reference.errors(), endpoint.name(), endpoint.p50Millis(),
                endpoint.p95Millis(), endpoint.p99Millis(), ratio, endpoint.p95Millis() <= 100 ? "<=" : "OVER");
        var cpu = phase.cpu();
        System.out.printf(Locale.ROOT, "    CPU during the endpoint, %% of one core: query-service %.0f, postgres %.0f,"
                        + " bench load %.0f, bench other %.0f; machine %.0f, others %.0f%n", cpu.service(),
                cpu.postgres(), cpu.load(), cpu.benchOther(), cpu.machine(), cpu.others());
        for (Measurement m : List.of(reference, endpoint)) {
            if (m.firstError() != null) {
                System.out.println("    first error: " + m.firstError());
            }
        }
        if (ratio > 10 || endpoint.p95Millis() > 100) {
            var first = read.sql().get(0);
            System.out.println("    EXPLAIN (ANALYZE, BUFFERS) of its first statement:");
            raw.explain(first.getKey(), first.getValue()).forEach(line -> System.out.println("      " + line));
        }
        return new double[] {endpoint.p95Millis(), reference.p95Millis()};
    }

    /** The {@code next} cursor that opens the given page, walking the list from page 1; null when it is shorter. */
    private static String cursorOfPage(ApiClient api, int page) throws Exception {
        String cursor = null;
        for (int current = 1; current < page; current++) {
            String path = cursor == null ? "/api/incidents" : "/api/incidents?cursor=" + cursor;
            var next = JSON.readTree(api.get(path, "application/json")).path("next");
            if (next.isMissingNode() || next.isNull()) {
                return null;
            }
            cursor = next.asText();
        }
        return cursor;
    }

    private String sizes() throws Exception {
        return database.text("""
                select string_agg(relname || ' ' || n_live_tup || ' rows '
                                  || pg_size_pretty(pg_total_relation_size(relid)), ', ' order by relname)
                  from pg_stat_user_tables where schemaname = 'query'
                   and relname in ('incident_register', 'incident_timeline', 'obligation', 'obligation_history')""");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
