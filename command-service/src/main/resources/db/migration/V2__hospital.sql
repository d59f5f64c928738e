-- Reference data: the hospitals this installation serves. Incidents may only be reported for these.
create table incident.hospital (
    hospital_id   text        primary key,
    name          text        not null,
    country       char(2)     not null,
    time_zone     text        not null,
    language      text        not null,
    registered_at timestamptz not null default now()
);
