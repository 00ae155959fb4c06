-- Loop Coach storage, version 4: the follow-ups a thread dialogue planned after the answer and has not asked yet
-- (a JSON array of strings; null on rows written before this version, read as empty).
alter table thread_dialogs add column queued text;
