-- A deleted drill leaves the event store (ADR 0023): incident.delete_drill(drill) removes the drill's aggregate and
-- its incidents' aggregates, each whole (its hash chain goes with it: ADR 0006/0013), with their snapshots, request
-- keys, parked publications (its key's too) and the drill's row. The append-only trigger lets through a delete of
-- exactly the aggregates the function names for its own transaction, and nothing else; updates stay refused.
create or replace function incident.refuse_event_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.aggregate_identifier = any (
            string_to_array(coalesce(current_setting('vigil.erasing_aggregates', true), ''), ',')) then
        return old;
    end if;
    raise exception 'incident.domain_event_entry is append-only (% refused)', tg_op;
end $$;

-- Refuses anything but a drill that recorded DrillDeleted: a real incident's id, an unknown id, a drill not deleted.
-- An incident is the drill's when its report (sequence 0) carries the drill's mark, exercise.drillId.
create function incident.delete_drill(deleted_drill uuid) returns setof text language plpgsql as $$
declare
    aggregates text[];
begin
    if not exists (select 1 from incident.domain_event_entry
                   where aggregate_identifier = deleted_drill::text and type = 'Drill'
                     and payload_type = 'eu.vigil.contracts.drill.DrillDeleted') then
        raise exception 'No deleted drill %: nothing is erased', deleted_drill;
    end if;
    select array_agg(aggregate_identifier) into aggregates from (
        select deleted_drill::text as aggregate_identifier
        union
        select e.aggregate_identifier from incident.domain_event_entry e
        where e.type = 'Incident' and e.sequence_number = 0
          and convert_from(e.payload, 'UTF8')::jsonb -> 'exercise' ->> 'drillId' = deleted_drill::text) of_the_drill;
    perform set_config('vigil.erasing_aggregates', array_to_string(aggregates, ','), true);
    delete from incident.domain_event_entry where aggregate_identifier = any (aggregates);
    perform set_config('vigil.erasing_aggregates', '', true);
    delete from incident.snapshot_event_entry where aggregate_identifier = any (aggregates);
    delete from incident.request_key where incident_id::text = any (aggregates);
    delete from incident.publication_dead_letter
    where aggregate_id = any (aggregates) or aggregate_id = 'drill-key/' || deleted_drill;
    delete from incident.drill where drill_id = deleted_drill;
    return query select unnest(aggregates);
end $$;
