package eu.vigil.bench;

import eu.vigil.command.incident.AppendTimelineEntry;
import eu.vigil.command.incident.IncidentDetails;
import eu.vigil.command.incident.ReportIncident;
import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * W2's commands, sent as command-service's REST controllers send them ({@code IncidentApiController},
 * {@code TimelineApiController}): through {@link IncidentCommands} (the gateway, with the user's actor, role and
 * hospital and the request's id as metadata), built from what the API workload's requests carry, as the security
 * officer of {@link Benchmark#HOSPITAL}. The command bus's own checks run: the request key, the hospital's existence
 * for a report, the incident's hospital for an append, the rules on the entry's instants. The HTTP layer's (the
 * token, the endpoint's role rule, the body's bean validation) are W3's, not here.
 */
final class CommandWorkload {

    static final String REPORT = "ReportIncident";
    static final String APPEND = "AppendTimelineEntry";

    private final IncidentCommands commands;
    private final Predicate<IncidentId> cached;
    private final AtomicLong cacheHits = new AtomicLong();
    private final VigilUser officer = new VigilUser("bench-officer", Set.of(VigilRole.SECURITY_OFFICER),
            Benchmark.HOSPITAL);
    private final HospitalId hospital = HospitalId.of(Benchmark.HOSPITAL);
    private final AtomicLong numbers = new AtomicLong();
    /** Every incident, seeded or reported, became known before the run: any instant since is a valid entry time. */
    private final Instant awareAt;

    /** @param cached whether command-service's incident cache holds an incident at the moment */
    CommandWorkload(IncidentCommands commands, Predicate<IncidentId> cached, Instant awareAt) {
        this.commands = commands;
        this.cached = cached;
        this.awareAt = awareAt;
    }

    /** Two hours before now, to the second, as the API workload's reports say. */
    static Instant awareTwoHoursAgo() {
        return Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** @param reported receives the id of every incident reported */
    Measurement report(ClosedLoop loop, Duration duration, String name, Queue<IncidentId> reported)
            throws InterruptedException {
        return loop.run(name, duration, client -> reported.add(report("Benchmark incident "
                + numbers.incrementAndGet() + " from client " + client)));
    }

    /** Each client appends an observation to an incident picked uniformly from {@code incidents}. */
    Measurement append(ClosedLoop loop, Duration duration, String name, List<IncidentId> incidents)
            throws InterruptedException {
        return loop.run(name, duration, client -> append(
                incidents.get(ThreadLocalRandom.current().nextInt(incidents.size())), client));
    }

    /** As {@code POST /api/incidents} with a summary, awareness and category, without an idempotency key. */
    IncidentId report(String summary) {
        var request = RequestIdentity.of(null, officer);
        var id = new IncidentId(request.idFor("incident"));
        commands.send(new ReportIncident(id, hospital, summary, null, null, awareAt,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null, IncidentDetails.NONE, Instant.now()),
                officer, request);
        return id;
    }

    /** Appends whose incident the cache held when they were sent, since the start. */
    long cacheHits() {
        return cacheHits.get();
    }

    /** As {@code POST /api/incidents/{id}/timeline}: an observation at a random instant since awareness. */
    long append(IncidentId incident, int client) {
        if (cached.test(incident)) {
            cacheHits.incrementAndGet();
        }
        var request = RequestIdentity.of(null, officer);
        Instant now = Instant.now();
        long sinceAware = Duration.between(awareAt, now).toMillis() - 1000;
        return commands.send(new AppendTimelineEntry(incident, hospital, request.idFor("timeline-entry"),
                TimelineEntryKind.OBSERVATION, "Observation " + numbers.incrementAndGet() + " from client " + client,
                awareAt.plusMillis(ThreadLocalRandom.current().nextLong(sinceAware)), now, null, null),
                officer, request);
    }
}
