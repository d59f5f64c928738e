package eu.vigil.query.drill;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.contracts.drill.ScriptedExpectation;
import eu.vigil.contracts.drill.ScriptedInject;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import org.awaitility.Awaitility;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A drill at scale 60 (a scenario hour is a real minute), started two real hours ago and still running, fed through
 * the topics as command-service and the notifier feed them. Its script and what its people did:
 * <ol>
 *     <li>at 0 h: the officer reports within 1 h (done after 30 s: met) and classifies within 1 h (done by the DPO
 *     after 3 min: late by 2 min, 2 h in the scenario);</li>
 *     <li>at 2 h: the DPO approves the early warning by the law's clock (approved 20 min after awareness, due after
 *     24: met) and the officer shares with the CERT within 1 h (never: missed);</li>
 *     <li>at 10,000 h, a week ahead: the officer appends a timeline entry within 1 h (not due yet: pending).</li>
 * </ol>
 * The early warning is submitted 6 real minutes late (6 h in the scenario); the incident notification, due 72 min
 * after awareness, was never submitted and its deadline passed.
 */
public final class ScriptedDrill {

    public static final Actor OFFICER = new Actor("u-officer-7", "SECURITY_OFFICER");
    public static final Actor DPO = new Actor("u-dpo-1", "DPO");
    private static final Actor NOTIFIER = Actor.system("notifier");

    public final UUID drillId = UUID.randomUUID();
    public final IncidentId incident = IncidentId.generate();
    /** The scenario's title as the drill's start records it, in three of the seven languages. */
    public static final Map<String, String> SCENARIO_TITLE = Map.of("en", "Ransomware on the imaging systems (PACS)",
            "fr", "Rançongiciel sur les systèmes d’imagerie (PACS)", "de", "Ransomware auf den Bildarchivsystemen (PACS)");

    public final UUID earlyWarning = UUID.randomUUID();
    public final UUID notification = UUID.randomUUID();
    public final Instant startedAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    public final Instant awareAt = startedAt.plusSeconds(20);
    private final String hospital;

    public ScriptedDrill(String hospital) {
        this.hospital = hospital;
    }

    public DrillStarted started() {
        return new DrillStarted(drillId, HospitalId.of(hospital), "pacs-ransomware", "Ransomware on the PACS", 60,
                startedAt, List.of(
                new ScriptedInject(Duration.ZERO, Map.of("en", "PACS unreachable", "fr", "PACS injoignable"), List.of(
                        new ScriptedExpectation("SECURITY_OFFICER", "RECORD_AWARENESS", "IncidentReported", null,
                                Duration.ofHours(1)),
                        new ScriptedExpectation("SECURITY_OFFICER", "CLASSIFY", "IncidentClassified", null,
                                Duration.ofHours(1)))),
                new ScriptedInject(Duration.ofHours(2), Map.of("en", "Ransom note on three workstations"), List.of(
                        new ScriptedExpectation("DPO", "APPROVE_EARLY_WARNING", "DraftApproved", "NIS2_EARLY_WARNING",
                                null),
                        new ScriptedExpectation("SECURITY_OFFICER", "SHARE_WITH_CERT", "IncidentShared", null,
                                Duration.ofHours(1)))),
                new ScriptedInject(Duration.ofHours(10_000), Map.of("en", "The press calls"), List.of(
                        new ScriptedExpectation("SECURITY_OFFICER", "APPEND_TIMELINE_ENTRY", "TimelineEntryAppended",
                                null, Duration.ofHours(1))))), List.of(), SCENARIO_TITLE);
    }

    public EventEnvelope<DrillEvent> drillEvent(long sequence, DrillEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, drillId.toString(), sequence,
                HospitalId.of(hospital), startedAt.plusSeconds(sequence), OFFICER, event);
    }

    /** As {@link #publish(String, String, String, String, JdbcClient)}, to the test context's own broker and topics. */
    public ScriptedDrill publish(Environment context, JdbcClient jdbc) {
        return publish(context.getRequiredProperty("spring.kafka.bootstrap-servers"),
                context.getRequiredProperty("vigil.topics.drill-events"),
                context.getRequiredProperty("vigil.topics.incident-events"),
                context.getRequiredProperty("vigil.topics.notification-events"), jdbc);
    }

    /** Publishes the drill, its incident and its obligations in the clear, and waits until the read models hold them. */
    public ScriptedDrill publish(String bootstrapServers, String drillTopic, String incidentTopic,
                                 String notificationTopic, JdbcClient jdbc) {
        new IncidentTopic(bootstrapServers, drillTopic).publishAll(drillEvents());
        new IncidentTopic(bootstrapServers, incidentTopic).publishAll(incidentEvents());
        new IncidentTopic(bootstrapServers, notificationTopic).publishAll(notificationEvents());
        return awaitProjected(jdbc);
    }

    /**
     * As {@link #publish(Environment, JdbcClient)}, but as the publishers do since ADR 0023: the drill's key first,
     * then every record of the drill sealed with it, in one Kafka transaction.
     */
    public ScriptedDrill publishSealed(Environment context, JdbcClient jdbc, DrillKey key) {
        new SealedDrillTopics(context).publish(key, List.of(
                new SealedDrillTopics.Records(context.getRequiredProperty("vigil.topics.drill-events"), drillEvents()),
                new SealedDrillTopics.Records(context.getRequiredProperty("vigil.topics.incident-events"),
                        incidentEvents()),
                new SealedDrillTopics.Records(context.getRequiredProperty("vigil.topics.notification-events"),
                        notificationEvents())));
        return awaitProjected(jdbc);
    }

    public List<EventEnvelope<DrillEvent>> drillEvents() {
        return List.of(drillEvent(0, started()),
                drillEvent(1, new LessonsRecorded(drillId, "Call the DPO before classifying.", startedAt.plusSeconds(600))));
    }

    public List<EventEnvelope<IncidentEvent>> incidentEvents() {
        return List.of(
                IncidentEvents.envelope(hospital, 0, startedAt.plusSeconds(30), OFFICER, new IncidentReported(incident,
                        HospitalId.of(hospital), "Drill: PACS unreachable", awareAt.minusSeconds(10), awareAt,
                        RsitCategory.AVAILABILITY_OUTAGE, YesNoUnknown.UNKNOWN, "Images do not load.",
                        new Exercise(drillId, 60))),
                IncidentEvents.envelope(hospital, 1, startedAt.plusSeconds(180), DPO, new IncidentClassified(incident,
                        RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, List.of(), "ransomware", Severity.HIGH,
                        YesNoUnknown.YES, null)));
    }

    public List<EventEnvelope<NotificationEvent>> notificationEvents() {
        var warningDue = awareAt.plus(Duration.ofMinutes(24));
        var notificationDue = awareAt.plus(Duration.ofMinutes(72));
        return List.of(
                notice(earlyWarning, 0, NOTIFIER, opened(earlyWarning, "NIS2_EARLY_WARNING", warningDue), awareAt),
                notice(earlyWarning, 1, NOTIFIER, new ReminderTriggered(earlyWarning, warningDue, Duration.ofMinutes(4)),
                        warningDue.minusSeconds(240)),
                notice(earlyWarning, 2, DPO, new DraftApproved(earlyWarning, 1, "sha-256", 1, 1),
                        awareAt.plus(Duration.ofMinutes(20))),
                notice(earlyWarning, 3, DPO, new ObligationSubmitted(earlyWarning, awareAt.plus(Duration.ofMinutes(30)),
                        "EXERCISE-1", "drill", 1, "sha-256", "portal"), awareAt.plus(Duration.ofMinutes(30))),
                notice(notification, 0, NOTIFIER, opened(notification, "NIS2_INCIDENT_NOTIFICATION", notificationDue),
                        awareAt),
                notice(notification, 1, NOTIFIER, new DeadlineMissed(notification, notificationDue), notificationDue));
    }

    /** Waits until the read models hold the drill, its incident and its obligations. */
    private ScriptedDrill awaitProjected(JdbcClient jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc,
                "select count(*) from query.drill where drill_id = :id and last_sequence = 1", drillId) == 1
                && count(jdbc, "select count(*) from query.incident_register where incident_id = :id and drill_id is not null",
                incident.value()) == 1
                && count(jdbc, "select count(*) from query.incident_timeline where incident_id = :id", incident.value()) == 2
                && count(jdbc, "select count(*) from query.obligation_history where incident_id = :id", incident.value()) == 6);
        return this;
    }

    private static int count(JdbcClient jdbc, String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    private ObligationOpened opened(UUID obligation, String rule, Instant due) {
        return new ObligationOpened(obligation, incident, HospitalId.of(hospital), rule, "nis2", rule, "csirt", "CCB",
                "NIS2 Art. 23(4)", URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1", false,
                awareAt, due, "Europe/Brussels", false, null);
    }

    private EventEnvelope<NotificationEvent> notice(UUID obligation, long sequence, Actor actor,
                                                    NotificationEvent event, Instant at) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of(hospital), at, actor, event);
    }
}
