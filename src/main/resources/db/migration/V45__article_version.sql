-- Article versions (decision NN): Hibernate's @Version on the article, raised by every change of its text or
-- boilerplate, so the learner pages can key the rendered article by (id, version) without reading either.
alter table article add column version bigint default 0 not null;
