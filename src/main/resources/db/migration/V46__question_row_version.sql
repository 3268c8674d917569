-- Question row versions (decision 79): Hibernate's @Version on the question, raised by every change of it (its
-- options and pairs included), so the learner pages can keep a question's content per (id, row version) and read
-- only the version to know the kept one is current. A question is edited in place until a learner answers it.
alter table question add column row_version bigint default 0 not null;
