-- Loop Coach storage, version 15: members who let their community's coaches see their practice (the coach's view).
-- Opt-in per community, with the name they chose to be shown under; removed at once when withdrawn or with their data.
create table coach_consents (
    platform      varchar(16)  not null,
    community     varchar(128) not null,
    person_id     bigint       not null references people (id) on delete cascade,
    display_name  varchar(100) not null,
    joined_at     timestamp with time zone not null,
    primary key (platform, community, person_id)
);
create index coach_consents_person on coach_consents (person_id);
