-- Report tallies (decision 63): per set, the answers of its finished attempts counted per question, option and
-- attempt score (the score groups the item analysis needs), and the finished attempts with their seconds per
-- score (-1: finished without an answer). Changed in the transaction that finishes, rescores or removes an
-- attempt; the report of the finished attempts reads them instead of every attempt. Filled here from the stored
-- answers; AnswerTallies.recount runs the same statements for one set.
create table answer_tally (
    quiz_set_id  bigint  not null references quiz_set (id),
    question_id  bigint  not null,
    choice       integer not null,
    score        integer not null,
    answers      bigint  not null,
    correct      bigint  not null,
    primary key (quiz_set_id, question_id, choice, score)
);
create table score_tally (
    quiz_set_id  bigint  not null references quiz_set (id),
    score        integer not null,
    attempts     bigint  not null,
    seconds      bigint  not null,
    primary key (quiz_set_id, score)
);
insert into answer_tally (quiz_set_id, question_id, choice, score, answers, correct)
select a.quiz_set_id, r.question_id, r.choice, (a.correct_count * 200 + a.answered_count) / (2 * a.answered_count),
       count(*), sum(case when r.correct then 1 else 0 end)
from response r join attempt a on a.id = r.attempt_id
where a.finished_at is not null and a.answered_count > 0
group by a.quiz_set_id, r.question_id, r.choice, (a.correct_count * 200 + a.answered_count) / (2 * a.answered_count);
insert into score_tally (quiz_set_id, score, attempts, seconds)
select a.quiz_set_id,
       case when a.answered_count = 0 then -1 else (a.correct_count * 200 + a.answered_count) / (2 * a.answered_count) end,
       count(*), sum(cast(floor(extract(epoch from a.finished_at) - extract(epoch from a.started_at)) as bigint))
from attempt a
where a.finished_at is not null
group by a.quiz_set_id,
         case when a.answered_count = 0 then -1 else (a.correct_count * 200 + a.answered_count) / (2 * a.answered_count) end;
