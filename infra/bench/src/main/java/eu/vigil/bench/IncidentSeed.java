package eu.vigil.bench;

import eu.vigil.contracts.IncidentId;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * W2's incidents of {@link #EVENTS} prior events each. One is made by commands through the gateway (a report, then
 * timeline entries); the others are copies of its rows in the event store, in one statement: each copy under an id
 * of its own (in {@code aggregate_identifier} and the payloads) with new event identifiers, so the rows are the
 * ones Axon writes (same serializer, types, revisions and metadata). The copies' events are interleaved in
 * {@code global_index} order (every incident's first event, then every second one...), as incidents handled side by
 * side write them, so that loading one reads rows spread over the table, not adjacent ones. Their hash-chain links
 * are the template's (the chain covers the payload, whose incident id differs): loading an incident does not check
 * the chain, so commands are not affected, but an integrity check of a copy would fail.
 */
final class IncidentSeed {

    static final int EVENTS = 50;

    private final Database database;

    IncidentSeed(Database database) {
        this.database = database;
    }

    /** @return the incidents: the template first, then {@code count - 1} copies */
    List<IncidentId> seed(CommandWorkload commands, int count) throws SQLException {
        IncidentId template = commands.report("Benchmark incident seeded with " + EVENTS + " events");
        for (int event = 1; event < EVENTS; event++) {
            commands.append(template, 0);
        }
        var incidents = new ArrayList<IncidentId>(List.of(template));
        var copies = new String[count - 1];
        for (int copy = 0; copy < copies.length; copy++) {
            IncidentId id = new IncidentId(UUID.randomUUID());
            incidents.add(id);
            copies[copy] = id.toString();
        }
        try (var connection = database.connect(); var insert = connection.prepareStatement("""
                insert into incident.domain_event_entry (aggregate_identifier, sequence_number, type,
                       event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                select copy.id, event.sequence_number, event.type, gen_random_uuid()::text, event.meta_data,
                       convert_to(replace(convert_from(event.payload, 'UTF8'), ?, copy.id), 'UTF8'),
                       event.payload_revision, event.payload_type, event.time_stamp
                  from incident.domain_event_entry event
                 cross join unnest(?::text[]) with ordinality as copy(id, number)
                 where event.aggregate_identifier = ?
                 order by event.sequence_number, copy.number""")) {
            insert.setString(1, template.toString());
            insert.setArray(2, connection.createArrayOf("text", copies));
            insert.setString(3, template.toString());
            int rows = insert.executeUpdate();
            if (rows != EVENTS * copies.length) {
                throw new IllegalStateException("Seeded " + rows + " events, not " + EVENTS * copies.length);
            }
        }
        database.execute("vacuum analyze incident.domain_event_entry");
        return incidents;
    }
}
