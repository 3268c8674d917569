-- Why the generator asks the teacher to check a question's key (null: nothing to check).
alter table question add column check_reason varchar(500);
-- When the current sitting opened: the projector page counts attempts from then on.
alter table quiz_set add column sitting_opened_at timestamp with time zone;
