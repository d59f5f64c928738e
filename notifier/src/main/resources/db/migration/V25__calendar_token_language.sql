-- A private calendar feed speaks the language of the page its address was made on (one of the seven the bundles
-- translate); null for an address made before, whose feed speaks its hospital's language.
alter table notification.calendar_token add column language text
    check (language in ('en', 'fr', 'nl', 'de', 'es', 'it', 'pt'));
