-- Loop Coach storage, version 6: what people sent that a platform was told we have (durable intake).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- A row is written before the platform is acknowledged and taken by the process that received it; once its reply
-- went out it is done and its text is cleared (only the ids stay, to recognise platform retries, and are pruned
-- after a day). A row not done and taken long ago belonged to a process that died: another process takes it over.
create table inbox (
    platform      varchar(16)  not null,
    delivery_id   varchar(255) not null,
    user_platform varchar(16)  not null,
    user_id       varchar(128) not null,
    kind          varchar(16)  not null,
    body          text,
    reply_to      varchar(255) not null,
    received_at   timestamp with time zone not null,
    taken_at      timestamp with time zone not null,
    done_at       timestamp with time zone,
    primary key (platform, delivery_id)
);
create index inbox_open_idx on inbox (platform, done_at, taken_at);
create index inbox_received_idx on inbox (received_at);
