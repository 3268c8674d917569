-- Each attempt keeps its answers in one compact column ("questionId:choice:correct;" per answer, in the
-- order given), written with every answer under the attempt's lock. Reports read it from the attempt
-- rows instead of joining every response (10,000 attempts: 10,000 rows, not 180,000). Attempts from
-- before this migration are filled in from their responses the first time a report needs them.
alter table attempt add column answer_log varchar(1000000);
