package eu.vigil.command.incident;

import eu.vigil.contracts.IncidentId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request already handled is answered, not redone: the command bus asks this before an incident's command runs,
 * inside the command's transaction (Axon's transaction interceptor comes first), so that a key is recorded in
 * {@code incident.request_key} if and only if the command's events are.
 * <p>
 * The key is claimed before the command runs ({@code insert ... on conflict}): a second request under the same key
 * waits on the first one's uncommitted row, then reads what it answered; if the first failed and rolled back, the
 * second claims the key and runs. Two identical requests at once therefore record once. A key reused with another
 * body is refused. Keys expire after {@link #KEPT}: a retry later than that is a new request.
 */
@Component
class RequestKeys implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** How long a request is remembered: far longer than any client retries, short enough to keep the table small. */
    static final Duration KEPT = Duration.ofDays(7);
    /** Every this many claims, expired keys are deleted (at most {@link #CLEANUP_BATCH}). */
    private static final int CLEANUP_EVERY = 256;
    private static final int CLEANUP_BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong claims = new AtomicLong();

    RequestKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object requestId = command.getMetaData().get(CommandMetaData.REQUEST_ID);
        IncidentId incident = incidentOf(command.getPayload());
        if (requestId == null || incident == null) {
            return chain.proceed();
        }
        Object fingerprint = command.getMetaData().get(CommandMetaData.REQUEST_FINGERPRINT);
        Instant now = clock.instant();
        if (!claim(requestId.toString(), incident, fingerprint, now)) {
            return firstAnswer(requestId.toString(), incident, fingerprint);
        }
        Object result = chain.proceed();
        jdbc.sql("""
                        update incident.request_key set sequence = :sequence, created_id = :created
                         where request_id = :request and incident_id = :incident""")
                .param("sequence", result instanceof Number sequence ? sequence.longValue() : null)
                .param("created", createdBy(command.getPayload()))
                .param("request", requestId.toString())
                .param("incident", incident.value())
                .update();
        if (claims.incrementAndGet() % CLEANUP_EVERY == 0) {
            deleteExpired(now);
        }
        return result;
    }

    /** @return whether this request is the first under its key (an expired key is taken over) */
    private boolean claim(String requestId, IncidentId incident, Object fingerprint, Instant now) {
        return jdbc.sql("""
                        insert into incident.request_key (request_id, incident_id, fingerprint, expires_at)
                        values (:request, :incident, :fingerprint, :expires)
                        on conflict (request_id, incident_id) do update
                           set fingerprint = excluded.fingerprint, sequence = null, created_id = null,
                               expires_at = excluded.expires_at
                         where request_key.expires_at <= :now""")
                .param("request", requestId)
                .param("incident", incident.value())
                .param("fingerprint", fingerprint == null ? null : fingerprint.toString())
                .param("expires", Timestamp.from(now.plus(KEPT)))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    private Object firstAnswer(String requestId, IncidentId incident, Object fingerprint) {
        var first = jdbc.sql("""
                        select fingerprint, sequence from incident.request_key
                         where request_id = :request and incident_id = :incident""")
                .param("request", requestId)
                .param("incident", incident.value())
                .query((row, n) -> new FirstRequest(row.getString("fingerprint"), row.getObject("sequence", Long.class)))
                .single();
        if (fingerprint != null && first.fingerprint() != null && !first.fingerprint().equals(fingerprint.toString())) {
            throw new RequestKeyReusedException();
        }
        return first.sequence();
    }

    /** Deletes a batch of expired keys; rows another transaction holds are left for the next time. */
    int deleteExpired(Instant now) {
        return jdbc.sql("""
                        delete from incident.request_key where ctid in (
                            select ctid from incident.request_key where expires_at <= :now
                             limit :batch for update skip locked)""")
                .param("now", Timestamp.from(now))
                .param("batch", CLEANUP_BATCH)
                .update();
    }

    private static IncidentId incidentOf(Object command) {
        if (command instanceof IncidentCommand c) {
            return c.incidentId();
        }
        return command instanceof ReportIncident report ? report.incidentId() : null;
    }

    private static UUID createdBy(Object command) {
        if (command instanceof AppendTimelineEntry entry) {
            return entry.entryId();
        }
        return command instanceof AddIndicator indicator ? indicator.indicatorId() : null;
    }

    private record FirstRequest(String fingerprint, Long sequence) {
    }
}
