-- The timeline no longer records applied events apart: an event already on the timeline is found by its unique
-- event id, in the same statement, so a rebuild writes one table per read model.
drop table query.applied_event;
