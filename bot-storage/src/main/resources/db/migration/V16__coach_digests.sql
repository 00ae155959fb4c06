-- Loop Coach storage, version 16: channels that get the coaches' weekly digest (the coach's view, posted on Mondays).
-- Its weeks are claimed in shoutout_weeks under the channel id with a "digest:" prefix, so a channel may have both.
create table coach_digest_channels (
    platform   varchar(16)  not null,
    workspace  varchar(128) not null,
    channel    varchar(128) not null,
    zone       varchar(64)  not null,
    primary key (platform, workspace, channel)
);
