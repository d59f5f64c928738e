-- A hospital DPO's word on a fact of the authority catalogue (authorities/<cc>.yml) that the regulatory pack left
-- uncertain: the value as confirmed for this hospital, or confirmed = false when the DPO withdrew it.
create table notification.authority_confirmation (
    hospital_id  text        not null,
    authority_id text        not null,
    fact         text        not null,
    value        text        not null,
    confirmed    boolean     not null,
    confirmed_by text        not null,
    confirmed_at timestamptz not null,
    primary key (hospital_id, authority_id, fact)
);
