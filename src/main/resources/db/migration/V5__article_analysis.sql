-- The engine's analysis of an article (who said what), kept so the review page and the questions rest on one
-- analysis; made again only on request or by a new engine version.
create sequence article_analysis_seq start with 1 increment by 50;
create table article_analysis (
    id              bigint primary key,
    article_id      bigint not null unique references article (id),
    engine_version  varchar(64) not null,
    result_json     varchar(1000000) not null,
    analysed_at     timestamp with time zone not null
);
