package eu.vigil.bench;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.consumer.obligation.ObligationFold;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationState;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * W5's dataset written straight into query-service's read model with COPY, not through commands (performance.md:
 * "seeded directly"): each incident's events folded with consumer-kit's {@link IncidentFold} as the register's
 * projection folds them, the row's columns derived from the state as it derives them, each event a timeline row
 * with its payload as {@link EventJson} writes it. Every fourth incident involves personal data and has the two
 * GDPR obligations open, folded with {@link ObligationFold}. The benchmark's hospital holds {@link #OWN_SHARE} of
 * the incidents (deep enough for page 200 of 50), the others share the rest.
 */
final class ReadModelSeed {

    static final double OWN_SHARE = 0.12;
    private static final int BATCH = 2_000;
    private static final Actor OFFICER = new Actor("seed-officer", "SECURITY_OFFICER");
    private static final List<RsitCategory> CATEGORIES = List.of(RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
            RsitCategory.values()[0], RsitCategory.values()[RsitCategory.values().length / 2],
            RsitCategory.values()[RsitCategory.values().length - 1]);
    private static final List<String> SUMMARIES = List.of("Ransomware encrypted the radiology PACS server",
            "Phishing mail harvested credentials of ward nurses", "Infusion pump firmware reports tampering",
            "Lost laptop with discharge letters", "Denial of service on the patient portal",
            "Unauthorised access to the lab information system", "Misdirected e-mail with test results");

    private final Database database;
    private final int incidents;
    private final int events;
    private final int hospitals;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    ReadModelSeed(Database database, int incidents, int events, int hospitals) {
        this.database = database;
        this.incidents = incidents;
        this.events = events;
        this.hospitals = hospitals;
    }

    int ownIncidents() {
        return hospitals == 1 ? incidents : (int) (incidents * OWN_SHARE);
    }

    String hospitalOf(int incident) {
        return incident < ownIncidents() ? Benchmark.HOSPITAL
                : "h-%04d".formatted(1 + (incident - ownIncidents()) % (hospitals - 1));
    }

    void run() throws Exception {
        try (var connection = database.connect()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int first = 0; first < incidents; first += BATCH) {
                var batch = new Batch();
                for (int i = first; i < Math.min(incidents, first + BATCH); i++) {
                    incident(i, batch);
                }
                copy.copyIn("copy query.incident_register (incident_id, hospital_id, summary, category, severity,"
                        + " phase, detected_at, aware_at, personal_data_involved, significance, patient_care_impact,"
                        + " shared_tlp, reported_at, reported_by, last_sequence, state) from stdin (format csv)",
                        new StringReader(batch.register.toString()));
                copy.copyIn("copy query.incident_timeline (incident_id, sequence, event_id, hospital_id,"
                        + " event_type, kind, occurred_at, actor_id, actor_role, payload, correction_reason)"
                        + " from stdin (format csv)", new StringReader(batch.timeline.toString()));
                copy.copyIn("copy query.obligation (obligation_id, incident_id, hospital_id, rule_id, status,"
                        + " due_at, last_sequence, state) from stdin (format csv)",
                        new StringReader(batch.obligations.toString()));
                copy.copyIn("copy query.obligation_history (obligation_id, sequence, event_id, incident_id,"
                        + " hospital_id, event_type, occurred_at, actor_id, actor_role, payload) from stdin"
                        + " (format csv)", new StringReader(batch.history.toString()));
            }
            analyze(connection);
        }
    }

    private static void analyze(Connection connection) throws Exception {
        try (var statement = connection.createStatement()) {
            for (String table : List.of("incident_register", "incident_timeline", "obligation",
                    "obligation_history")) {
                statement.execute("vacuum analyze query." + table);
            }
        }
    }

    /** Report, classification, timeline entries, every third incident moved on to analysis as its last event. */
    private void incident(int number, Batch batch) {
        var id = new IncidentId(UUID.nameUUIDFromBytes(("incident-" + number).getBytes()));
        var hospital = new HospitalId(hospitalOf(number));
        // spread over two years, the newest first in number order within each hospital
        Instant awareAt = now.minus(Duration.ofMinutes(1 + (long) number * 2 * 365 * 24 * 60 / incidents));
        int count = events / incidents + (number < events % incidents ? 1 : 0);
        boolean personalData = number % 4 == 0;
        var category = CATEGORIES.get(number % CATEGORIES.size());
        IncidentState state = IncidentState.NONE;
        for (int sequence = 0; sequence < count; sequence++) {
            Instant at = awareAt.plus(Duration.ofMinutes(10L * sequence + 5));
            IncidentEvent event;
            if (sequence == 0) {
                event = new IncidentReported(id, hospital, SUMMARIES.get(number % SUMMARIES.size()) + " (" + number
                        + ")", awareAt.minus(Duration.ofMinutes(30)), awareAt, category,
                        personalData ? YesNoUnknown.YES : YesNoUnknown.UNKNOWN, "Seen by the night shift.");
            } else if (sequence == 1) {
                event = new IncidentClassified(id, category, List.of(), null,
                        Severity.values()[number % Severity.values().length], YesNoUnknown.UNKNOWN, null);
            } else if (sequence == count - 1 && number % 3 == 0) {
                event = new PhaseChanged(id, Phase.DETECTION, Phase.ANALYSIS, null);
            } else {
                event = new TimelineEntryAppended(id, UUID.randomUUID(),
                        TimelineEntryKind.values()[sequence % TimelineEntryKind.values().length],
                        "Step " + sequence + ": isolated the affected hosts and informed the on-call team.", at,
                        at.plusSeconds(40), null, null);
            }
            var envelope = new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, id.toString(),
                    sequence, hospital, at, OFFICER, event);
            state = IncidentFold.next(state, envelope).orElseThrow();
            batch.timeline.row(id.value(), sequence, envelope.eventId(), hospital.value(), envelope.type(),
                    kind(event), at, OFFICER.userId(), OFFICER.role(), EventJson.writePayload(event), null);
        }
        batch.register.row(id.value(), hospital.value(), state.report().summary(), state.category().code(),
                state.severity() == null ? null : state.severity().code(), state.phase().code(), state.detectedAt(),
                state.awareAt(), state.personalDataInvolved().code(), null, null, null,
                awareAt.plus(Duration.ofMinutes(5)), OFFICER.userId(), state.lastSequence(), IncidentFold.write(state));
        if (personalData) {
            obligation(id, hospital, awareAt, "GDPR_SA_NOTIFICATION", "Notification to the supervisory authority",
                    "data-protection-authority", "GDPR Art. 33(1)", awareAt.plus(Duration.ofHours(72)), batch);
            obligation(id, hospital, awareAt, "GDPR_BREACH_REGISTER", "Entry in the breach register",
                    "internal-register", "GDPR Art. 33(5)", null, batch);
        }
    }

    private static void obligation(IncidentId incident, HospitalId hospital, Instant awareAt, String rule,
                                   String title, String recipient, String basis, Instant dueAt, Batch batch) {
        var id = UUID.nameUUIDFromBytes((incident + rule).getBytes());
        var opened = new ObligationOpened(id, incident, hospital, rule, "gdpr", title, recipient,
                "Gegevensbeschermingsautoriteit", basis, URI.create("https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
                "EU", "2026-11-23", true, awareAt, dueAt, "Europe/Brussels", false, null);
        var envelope = new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(opened), 1, id.toString(), 0,
                hospital, awareAt.plusSeconds(6), Actor.system("notifier"), opened);
        ObligationState state = ObligationFold.next(ObligationState.NONE, envelope).orElseThrow();
        batch.obligations.row(id, incident.value(), hospital.value(), rule, state.status().code(), state.dueAt(),
                state.lastSequence(), ObligationFold.write(state));
        batch.history.row(id, 0, envelope.eventId(), incident.value(), hospital.value(), envelope.type(),
                envelope.occurredAt(), envelope.actor().userId(), envelope.actor().role(),
                EventJson.writePayload(opened));
    }

    // query-service's HistoryKind.of for the events seeded here
    private static String kind(IncidentEvent event) {
        if (event instanceof IncidentReported) {
            return "report";
        }
        return event instanceof IncidentClassified ? "classification" : event instanceof PhaseChanged ? "phase"
                : "timeline";
    }

    /** One COPY's rows per table, in CSV: a null is an empty unquoted field, every value else is quoted. */
    private static final class Batch {
        final Csv register = new Csv();
        final Csv timeline = new Csv();
        final Csv obligations = new Csv();
        final Csv history = new Csv();
    }

    private static final class Csv {
        private final StringBuilder text = new StringBuilder(1 << 20);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                if (values[i] != null) {
                    text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
