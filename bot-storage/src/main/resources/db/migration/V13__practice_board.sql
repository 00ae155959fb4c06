-- Loop Coach storage, version 13: the opt-in practice board. Members of a community (a Slack workspace, a Discord
-- server) who chose to be listed, with the name they chose to be shown under; channels that get the weekly shout-out;
-- and the weeks already claimed, so two instances never post one week twice.
create table board_members (
    platform      varchar(16)  not null,
    community     varchar(128) not null,
    person_id     bigint       not null references people (id) on delete cascade,
    display_name  varchar(100) not null,
    joined_at     timestamp with time zone not null,
    primary key (platform, community, person_id)
);
create index board_members_person on board_members (person_id);

create table shoutout_channels (
    platform   varchar(16)  not null,
    workspace  varchar(128) not null,
    channel    varchar(128) not null,
    zone       varchar(64)  not null,
    primary key (platform, workspace, channel)
);

create table shoutout_weeks (
    platform    varchar(16)  not null,
    workspace   varchar(128) not null,
    channel     varchar(128) not null,
    week_start  date         not null,
    claimed_at  timestamp with time zone not null,
    primary key (platform, workspace, channel, week_start)
);
