-- Loop Coach storage, version 7: thread coaching snoozed until a date (inclusive); null when not snoozed.
alter table user_prefs add column snoozed_until date;
