-- Loop Coach storage, version 12: the daily reminder of a prep plan (/plan remind HH:MM). The local time the person chose,
-- and the last local day a reminder was claimed: claiming is a conditional update, so two instances never both send it.
alter table user_prefs add column plan_remind_at varchar(5);
alter table user_prefs add column plan_reminded_on date;
