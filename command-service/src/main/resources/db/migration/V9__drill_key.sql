-- The key that seals a drill's records on the topics (ADR 0023; publication/DrillKeys). Written in a transaction of
-- its own before any record sealed with it is sent, so a retried batch seals with the same key. published_at is set
-- in the publishing batch's transaction that sent the key to vigil.drill-keys: a batch rolled back sends it again.
-- The drill's deletion removes the row: what stays on the broker can then be read by no one.
create table incident.drill_key (
    drill_id     uuid        primary key,
    key          bytea       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
