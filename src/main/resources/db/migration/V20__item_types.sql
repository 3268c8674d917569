-- Item types: CHOICE (every question so far), MATCH, EVIDENCE, SHORT_ANSWER.
alter table question add column item_type varchar(20) default 'CHOICE' not null;
alter table question add column rubric_proficient varchar(1000);
alter table question add column rubric_emergent varchar(1000);
alter table question add column rubric_basic varchar(1000);
-- MATCH: the quotations and their speakers; the question's options are the pool of speakers.
create table question_pair (
    question_id  bigint        not null references question (id),
    position     integer       not null,
    prompt       varchar(1000) not null,
    answer       varchar(1000) not null,
    primary key (question_id, position)
);
-- Points: one for a right choice, one per right pair of a MATCH, 0 to 2 for a scored written answer.
alter table response add column points integer default 0 not null;
alter table response add column max_points integer default 1 not null;
update response set points = 1 where correct = true;
-- SHORT_ANSWER: the learner's text and the teacher's level (null while pending).
alter table response add column text_answer varchar(1000);
alter table response add column rubric_level varchar(20);
alter table response add column scored_at timestamp with time zone;
-- MATCH: the option (index into the pool) chosen on each row.
create table response_pair (
    response_id  bigint  not null references response (id),
    position     integer not null,
    choice       integer not null,
    primary key (response_id, position)
);
-- The attempt's running points (pending written answers count in neither).
alter table attempt add column points integer default 0 not null;
alter table attempt add column max_points integer default 0 not null;
update attempt set points = correct_count, max_points = answered_count;
