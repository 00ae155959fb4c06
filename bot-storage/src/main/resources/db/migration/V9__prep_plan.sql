-- Loop Coach storage, version 9: the prep plan a person asked for (/plan): interview date, level, role focus and the day
-- it started. Only the request is kept; the days are rebuilt from the person's standing each time the plan is shown.
alter table user_prefs add column plan_interview_date date;
alter table user_prefs add column plan_level varchar(16);
alter table user_prefs add column plan_focus varchar(100);
alter table user_prefs add column plan_started_on date;
