-- Loop Coach storage, version 8: the zone a person's days are counted in (an IANA id such as Europe/Berlin); null is UTC.
alter table user_prefs add column time_zone varchar(64);
