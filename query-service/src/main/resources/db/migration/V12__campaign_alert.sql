-- The CERT's campaign alerts: a correlatable value shared by enough hospitals within the window (correlation-kit's
-- CampaignRule), raised by SharedIncidentProjection in the transaction of the share that reaches the number. The id
-- is derived from the value and the share's instant, so a rebuild raises the same alerts with the same ids, and the
-- notifier, which mails them, derives the same ones from the same events.
create table query.campaign_alert (
    alert_id        uuid primary key,
    indicator_type  text        not null,
    indicator_value text        not null,
    hospitals       int         not null,
    raised_at       timestamptz not null,
    projected_at    timestamptz not null default clock_timestamp()
);
create index campaign_alert_by_value on query.campaign_alert (indicator_type, indicator_value, raised_at);
create index campaign_alert_newest on query.campaign_alert (raised_at desc, alert_id);
-- the campaign rule counts a value's hospitals by their last sighting within the window
create index indicator_sighting_by_value on query.indicator_sighting (indicator_type, indicator_value, last_seen);
