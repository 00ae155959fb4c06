-- Loop Coach storage, version 10: a person's choice to get the verdict on their daily-thread answers privately
-- (a DM or an ephemeral note) while the answer itself stays public in the thread.
alter table user_prefs add column private_verdicts boolean default false not null;
