-- Why an obligation opened when a person's decision opened it: an authority's request, a high risk to data subjects.
alter table notification.obligation add column basis text;
