-- Requests already handled (incident/RequestKeys): a retry under the same key is answered with what the first
-- request answered, a key reused with another body is refused. Kept here, bounded by an expiry, instead of in the
-- incident's replayed state. Written in the command's own transaction, so a key is recorded if and only if its
-- events are.
create table incident.request_key (
    request_id  varchar(255) not null, -- hospital/user-scoped (web/RequestIdentity), or a fresh id per request
    incident_id uuid         not null, -- a key names one request to one incident
    fingerprint varchar(64),           -- what the request asked, when the client gave a key
    sequence    bigint,                -- the incident's last sequence the first request answered with
    created_id  uuid,                  -- the entry or indicator it created, if any
    expires_at  timestamptz  not null,
    primary key (request_id, incident_id)
);

create index request_key_expires_at on incident.request_key (expires_at);
