-- ADR 0023: a deleted drill's obligations leave the event store, and nothing else ever does. The append-only trigger
-- stays and still refuses every update and every deletion, except a deletion that notification.delete_drill_obligations
-- makes of an event of an obligation of the drill it deletes: the trigger checks that itself, row by row, so a session
-- that sets notification.deleting_drill by hand can remove no real incident's obligation either.
create or replace function notification.refuse_event_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (
            select 1
              from notification.obligation o
              join notification.seen_incident s on s.incident_id = o.incident_id
             where o.obligation_id = cast(old.aggregate_identifier as uuid)
               and s.drill_id::text = current_setting('notification.deleting_drill', true)) then
        return old;
    end if;
    raise exception 'notification.domain_event_entry is append-only (% refused)', tg_op;
end $$;

-- Removes the obligations' events and snapshots, refusing the whole call (SQLSTATE 23514) when one of them is not of an
-- incident of the drill: a real incident's obligations are never deleted. Call it before the obligations' read rows
-- go, which it checks against. Answers how many events it removed: 0 when they are gone already.
create function notification.delete_drill_obligations(drill uuid, obligations uuid[]) returns bigint
    language plpgsql as $$
declare
    refused uuid;
    removed bigint;
begin
    if drill is null then
        raise exception 'no drill named' using errcode = 'check_violation';
    end if;
    select requested.id into refused
      from unnest(obligations) as requested(id)
     where not exists (select 1
                         from notification.obligation o
                         join notification.seen_incident s on s.incident_id = o.incident_id
                        where o.obligation_id = requested.id and s.drill_id = drill)
     limit 1;
    if refused is not null then
        raise exception 'obligation % is not of an incident of drill %: only a drill''s obligations are deleted',
            refused, drill using errcode = 'check_violation';
    end if;
    perform set_config('notification.deleting_drill', drill::text, true);
    delete from notification.snapshot_event_entry
     where aggregate_identifier in (select id::text from unnest(obligations) as requested(id));
    delete from notification.domain_event_entry
     where aggregate_identifier in (select id::text from unnest(obligations) as requested(id));
    get diagnostics removed = row_count;
    perform set_config('notification.deleting_drill', '', true);
    return removed;
end $$;
