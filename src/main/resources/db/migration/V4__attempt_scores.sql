-- Each attempt carries its running score, so reports aggregate attempts instead of re-reading responses.
alter table attempt add column answered_count integer default 0 not null;
alter table attempt add column correct_count integer default 0 not null;
update attempt set answered_count = (select count(*) from response r where r.attempt_id = attempt.id),
                   correct_count = (select count(*) from response r where r.attempt_id = attempt.id and r.correct = true);
create index response_question_idx on response (question_id);
create index attempt_set_idx on attempt (quiz_set_id, started_at);
