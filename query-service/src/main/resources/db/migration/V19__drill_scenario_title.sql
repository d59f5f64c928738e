-- A drill's report names its scenario in the reader's language from the titles its start recorded
-- (DrillStarted.scenarioTitle). A drill started before starts carried them keeps '{}' and is named by its
-- scenario's id, as a rebuild from its events would name it too.
alter table query.drill add column scenario_title jsonb not null default '{}';

comment on column query.drill.scenario_title is 'the scenario''s title at the start by ISO 639-1 language code (DrillStarted.scenarioTitle), a JSON object; empty without a scenario';
