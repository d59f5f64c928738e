-- The country of the sharing hospital and its opt-in to the sector view (ADR 0020), as IncidentShared carries them.
-- Shares projected before both existed read as country unknown and out of the sector view; a rebuild from the topic
-- gives them the same values, as their events carry neither.
alter table query.shared_incident
    add column country     text,
    add column sector_view boolean not null default false;

comment on column query.shared_incident.country is 'ISO 3166-1 alpha-2 code of the sharing hospital, from command-service''s hospital directory; null when unknown';
comment on column query.shared_incident.sector_view is 'the hospital lets other hospitals'' security officers read this TLP:GREEN or TLP:AMBER share in the sector view';
