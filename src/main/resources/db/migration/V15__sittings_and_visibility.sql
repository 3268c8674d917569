-- Visibility: a published set is reached by code or link; only listed sets appear on the home page.
-- Sets from the quizzes/ folder stay listed (the admin put them there for everyone); teachers' sets are not.
alter table quiz_set add column listed boolean default false not null;
update quiz_set set listed = true where owner_id is null;
-- Sittings: a set takes new attempts while open, until an optional closing time.
alter table quiz_set add column sitting_open boolean default true not null;
alter table quiz_set add column closes_at timestamp with time zone;
alter table quiz_set add column one_attempt_per_name boolean default false not null;
alter table quiz_set add column feedback_at_end boolean default false not null;
alter table quiz_set add column archived boolean default false not null;
-- Accounts: the teacher's time zone for dates, a temporary password to change, an optional retention period.
alter table account add column time_zone varchar(64) default 'UTC' not null;
alter table account add column must_change_password boolean default false not null;
alter table account add column retention_days integer;
create index attempt_set_name_idx on attempt (quiz_set_id, learner_name);
