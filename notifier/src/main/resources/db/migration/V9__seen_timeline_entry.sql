-- The incident's timeline entries as the notifier needs them for reports: the actions taken (NIS2 Art. 23(4)(d)(iii),
-- GDPR Art. 33(3)(d) and the Art. 33(5) register). A correction supersedes the entry it corrects; entries recorded
-- before this table existed are not here (a rebuild from the incident topic fills them).
create table notification.seen_timeline_entry (
    entry_id      uuid primary key,
    incident_id   uuid        not null references notification.seen_incident (incident_id),
    kind          text        not null,
    text          text        not null,
    happened_at   timestamptz not null,
    recorded_at   timestamptz not null,
    superseded_by uuid
);
create index seen_timeline_entry_by_incident on notification.seen_timeline_entry (incident_id, happened_at);
