-- The report of each deleted drill (ADR 0023), as it stood when the drill was deleted: the one thing a deleted drill
-- leaves. Written only by DrillDeletion on DrillDeleted, before the drill and its incidents leave every read model.
-- No projection: a rebuild neither wipes nor rebuilds it, since the drill's records can no longer be read. In a schema
-- of its own, which a backup keeps with the event stores (docs/backup-and-restore.md), while a restore drops and
-- rebuilds the schema query: then this migration runs again and leaves what it finds.
create schema if not exists query_kept;
create table if not exists query_kept.kept_drill_report (
    drill_id        uuid        primary key,
    hospital_id     text        not null,
    started_at      timestamptz not null,
    report          jsonb       not null,
    deleted_at      timestamptz not null,
    deleted_by      text        not null,
    deleted_by_role text        not null,
    kept_at         timestamptz not null default clock_timestamp()
);
create index if not exists kept_drill_report_by_hospital on query_kept.kept_drill_report (hospital_id, started_at desc);

comment on column query_kept.kept_drill_report.report is 'the drill''s report as GET /api/drill-reports/{drillId} answered it at the deletion, a JSON object';
comment on column query_kept.kept_drill_report.deleted_by is 'the user id of who deleted the drill (DrillDeleted''s actor)';
