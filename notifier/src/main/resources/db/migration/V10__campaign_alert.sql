-- The notifier's own record of the shares' correlatable values and of the campaign alerts they raise (correlation-kit's
-- Sightings, the same rule and shape as query-service's query.indicator_sighting and query.campaign_alert, derived from
-- the same share events: ADR 0019), and when each alert was mailed to the CERT.
create table notification.indicator_sighting (
    indicator_type  text        not null,
    indicator_value text        not null,
    incident_id     uuid        not null,
    hospital_id     text        not null,
    first_seen      timestamptz not null,
    last_seen       timestamptz not null,
    primary key (indicator_type, indicator_value, incident_id)
);
create index indicator_sighting_by_incident on notification.indicator_sighting (incident_id);
create index indicator_sighting_by_value on notification.indicator_sighting (indicator_type, indicator_value, last_seen);

create table notification.campaign_alert (
    alert_id        uuid primary key,
    indicator_type  text        not null,
    indicator_value text        not null,
    hospitals       int         not null,
    raised_at       timestamptz not null,
    mailed_at       timestamptz
);
create index campaign_alert_by_value on notification.campaign_alert (indicator_type, indicator_value, raised_at);
create index campaign_alert_unmailed on notification.campaign_alert (raised_at) where mailed_at is null;
