-- The incident list's free text over the summary: PostgreSQL full text with the 'simple' configuration (no
-- stemming, no stop words), as summaries come in any of the hospitals' languages. The list's query uses the same
-- expression, to_tsvector('simple', summary), so this index serves it.
create index incident_register_summary_words on query.incident_register
    using gin (to_tsvector('simple', summary));
