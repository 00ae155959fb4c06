-- Loop Coach storage, version 3: platform deliveries already handled.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- One row per delivery (e.g. a Slack event_id) the first time any process receives it. The primary key makes
-- "insert if absent" atomic across processes; rows older than a day are pruned (platform retries end in minutes).
-- Holds no personal data: only opaque platform ids and a time.
create table delivery_log (
    platform     varchar(16)  not null,
    event_id     varchar(255) not null,
    received_at  timestamp with time zone not null,
    primary key (platform, event_id)
);
create index delivery_log_received_idx on delivery_log (received_at);
