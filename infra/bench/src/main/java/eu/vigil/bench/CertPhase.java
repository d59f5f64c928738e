package eu.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.Topics;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.TestTokens;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * HealthCERT's read side (issue 16) over a seeded feed ({@link CertSeed}): the correlation update of new shares
 * published to the incident and share topics at a steady rate, beside the projection's SQL for one share run raw;
 * the feed API's first page as the CERT under 8 closed-loop readers, beside its SQL run raw; and TAXII paging through every
 * collection the CERT reads. Prints figures; asserts nothing.
 */
final class CertPhase {

    private static final int SHARES = 500;
    private static final int SHARES_PER_SECOND = 20;
    private static final int WARM_SHARES = 50;
    private static final int READERS = 8;
    private static final int WARM_UP = 50;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COLLECTIONS = List.of("shared-clear", "shared-green", "shared-amber",
            "shared-amber-strict");

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.bearer("bench-cert", "CERT_COORDINATOR", null);

    CertPhase(BenchStack stack, Database database, BenchSettings settings) {
        this.stack = stack;
        this.database = database;
        this.settings = settings;
    }

    void run() throws Exception {
        var seed = new CertSeed(database, settings.hospitals(), settings.indicators());
        long began = System.nanoTime();
        seed.run();
        System.out.printf(Locale.ROOT, "Seeded with COPY, then VACUUM ANALYZE, in %.0f s: %s%n",
                (System.nanoTime() - began) / 1e9, database.text("""
                        select string_agg(relname || ' ' || n_live_tup || ' rows '
                                          || pg_size_pretty(pg_total_relation_size(relid)), ', ' order by relname)
                          from pg_stat_user_tables where schemaname = 'query'
                           and relname in ('shared_incident', 'indicator_sighting')"""));
        System.out.println("  machine load (1, 5, 15 min) before the measures: " + load()
                + " (the machine is shared with other builds)");
        try (var raw = new RawCertReads(database)) {
            correlation(raw);
            feed(raw);
        }
        taxii();
        System.out.println("  machine load (1, 5, 15 min) after the measures: " + load());
    }

    /**
     * Ten values a new share carries: three already seen at 2 to 50 hospitals, taken in turn from all of them (so the
     * 500 shares add 5 sightings to each), and seven new ones. Three of only six values in every share instead piles
     * 250 sightings on each within the campaign window, which the campaign rule then reads for each share
     * (docs/benchmarks.md, HealthCERT: the quadratic query of 11:37 that it once measured is gone).
     */
    private static List<String> values(int share) {
        var values = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            values.add(CertSeed.hotValue((share * 3 + i) % CertSeed.HOT));
        }
        for (int i = 3; i < CertSeed.PER_SHARE; i++) {
            values.add(CertSeed.sha256("new-" + share + "-" + i + "-" + UUID.randomUUID()));
        }
        return values;
    }

    private void correlation(RawCertReads raw) throws Exception {
        var incidents = new ArrayList<UUID>();
        var hospitals = new ArrayList<String>();
        for (int i = 0; i < WARM_SHARES + SHARES; i++) {
            incidents.add(UUID.randomUUID());
            hospitals.add(CertSeed.hospital(i * 7 % settings.hospitals()));
        }
        var producerSettings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0);
        var sentAt = new HashMap<UUID, Long>();
        try (var timing = new ShareTiming(stack.bootstrapServers(), database)) {
            send(incidents, hospitals, producerSettings, sentAt);
            awaitCount("select count(*) from bench.share_done d join query.shared_incident s using (incident_id)"
                    + " where s.summary like 'New share %'", SHARES);
            timing.print(incidents.subList(WARM_SHARES, incidents.size()), sentAt, SHARES_PER_SECOND);
        }
        var reference = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        for (int i = 0; i < SHARES; i++) {
            long start = System.nanoTime();
            raw.share(UUID.randomUUID(), CertSeed.hospital(i * 11 % settings.hospitals()), values(i), Instant.now());
            reference.recordValue((System.nanoTime() - start) / 1000);
        }
        System.out.printf(Locale.ROOT, "  raw: the projection's statements for one share in one transaction, 1"
                        + " connection, back to back: p50 %6.2f  p99 %6.2f ms%n", millis(reference, 50),
                millis(reference, 99));
    }

    private void send(List<UUID> incidents, List<String> hospitals, Map<String, Object> producerSettings,
                      Map<UUID, Long> sentAt) throws Exception {
        try (var producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new ByteArraySerializer())) {
            // each incident's report first, so that the shares are its second event as command-service records them
            for (int i = 0; i < WARM_SHARES + SHARES; i++) {
                var reported = IncidentEvents.reported(new IncidentId(incidents.get(i)), hospitals.get(i),
                        Instant.now().minusSeconds(3600));
                producer.send(new ProducerRecord<>(Topics.INCIDENT_EVENTS, reported.aggregateId(),
                        EventJson.write(reported)));
            }
            producer.flush();
            // the warm-up shares, not counted, also wait until the feed's own consumer group has read every report
            long interval = 1_000_000_000L / SHARES_PER_SECOND;
            long next = System.nanoTime();
            for (int i = 0; i < WARM_SHARES + SHARES; i++) {
                if (i == WARM_SHARES) {
                    producer.flush();
                    awaitCount("select count(*) from query.shared_incident where summary like 'Warm-up share %'",
                            WARM_SHARES);
                    next = System.nanoTime();
                }
                // parked, not spinning: a spin took one of the machine's two cores from the services measured
                for (long wait = next - System.nanoTime(); wait > 0; wait = next - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                next += interval;
                var indicators = values(i).stream()
                        .map(value -> new SharedIndicator(IndicatorType.SHA256, value, Tlp.GREEN)).toList();
                var share = new IncidentShared(new IncidentId(incidents.get(i)), 1, Tlp.GREEN, i % 3 == 0,
                        RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null,
                        (i < WARM_SHARES ? "Warm-up share " : "New share ") + i, Phase.DETECTION, null,
                        List.of(), indicators, YesNoUnknown.UNKNOWN);
                var envelope = IncidentEvents.envelope(hospitals.get(i), 1, Instant.now(), share);
                long now = System.currentTimeMillis();
                sentAt.put(incidents.get(i), now);
                // as command-service publishes a share: on the incident topic and, in step, on the share topic
                for (String topic : List.of(Topics.INCIDENT_EVENTS, Topics.INCIDENT_SHARES)) {
                    producer.send(new ProducerRecord<>(topic, null, now, envelope.aggregateId(),
                            EventJson.write(envelope)));
                }
            }
            producer.flush();
        }
    }

    private void feed(RawCertReads raw) throws Exception {
        String path = "/api/cert/feed";
        ClosedLoop.Operation sql = client -> raw.feedPage();
        ClosedLoop.Operation request = client -> get(path, "application/json");
        for (int i = 0; i < WARM_UP; i++) {
            sql.run(0);
            request.run(0);
        }
        try (var loop = new ClosedLoop(READERS)) {
            Measurement reference = loop.run("raw SQL", settings.phase(), sql);
            Measurement endpoint = loop.run("GET " + path, settings.phase(), request);
            System.out.printf(Locale.ROOT, "Feed, first page of %d as the CERT, %d readers in a closed loop, %d s"
                    + " each%n", RawCertReads.PAGE, READERS, settings.phase().toSeconds());
            for (Measurement m : List.of(reference, endpoint)) {
                System.out.printf(Locale.ROOT, "  %-20s p50 %6.2f  p95 %6.2f  p99 %6.2f ms  %,.0f/s (errors %d)%n",
                        m.name(), m.p50Millis(), m.p95Millis(), m.p99Millis(), m.perSecond(), m.errors());
                if (m.firstError() != null) {
                    System.out.println("    first error: " + m.firstError());
                }
            }
            double ratio = endpoint.p95Millis() / reference.p95Millis();
            System.out.printf(Locale.ROOT, "  p95 ratio %.1f × raw SQL (goal <= 10): %s%n", ratio,
                    ratio <= 10 ? "met" : "OVER");
        }
    }

    private void taxii() throws Exception {
        System.out.println("TAXII 2.1 paging as the CERT, limit=500, following next until more=false");
        long allObjects = 0;
        long began = System.nanoTime();
        for (String collection : COLLECTIONS) {
            long start = System.nanoTime();
            long objects = 0;
            int pages = 0;
            String next = null;
            do {
                String path = "/taxii2/cert/collections/" + collection + "/objects/?limit=500"
                        + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
                JsonNode envelope = JSON.readTree(get(path, "application/taxii+json;version=2.1"));
                objects += envelope.path("objects").size();
                pages++;
                next = envelope.path("more").asBoolean(false) ? envelope.path("next").asText(null) : null;
            } while (next != null);
            double seconds = (System.nanoTime() - start) / 1e9;
            allObjects += objects;
            System.out.printf(Locale.ROOT, "  %-20s %,9d objects in %,5d pages, %6.1f s: %,.0f objects/s%n",
                    collection, objects, pages, seconds, objects / seconds);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "  all collections      %,9d objects, %6.1f s: %,.0f objects/s%n", allObjects,
                seconds, allObjects / seconds);
    }

    private String get(String path, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.queryService().url() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept)
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private void awaitCount(String sql, long count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Long.parseLong(database.text(sql)) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("query-service did not project " + count + " rows within " + WAIT
                        + " (" + sql + ": " + database.text(sql) + ")");
            }
            Thread.sleep(200);
        }
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
