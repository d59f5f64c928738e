-- The instants the later NIS2 reports run from, derived from the incident's fold like the rest of the row: the end of
-- handling (NIS2 Art. 23(4)(e)) and the end of the impact (Portugal, DL 125/2025). Null until the officer records them.
alter table notification.seen_incident
    add column handling_concluded_at timestamptz,
    add column impact_ended_at       timestamptz;
