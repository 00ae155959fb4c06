-- Loop Coach storage, version 11: spaced drills of a person's own stories, one card per story and principle. A card
-- never drilled has no row (it is due the day after its story was saved); deleting a story or a person removes its cards.
create table story_drills (
    story_id    bigint      not null references stories (id) on delete cascade,
    lp          varchar(64) not null,
    step        int         not null,
    due_on      date        not null,
    last_grade  varchar(16) not null,
    updated_at  timestamp with time zone not null,
    primary key (story_id, lp)
);
