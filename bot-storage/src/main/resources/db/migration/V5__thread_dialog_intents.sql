-- What each asked or queued probe in a daily-thread dialogue asks for (its intent), decided when the probe was
-- chosen: a JSON object from probe text to intent slug. Null for dialogues stored before intents were kept.
alter table thread_dialogs add column probe_intents text;
