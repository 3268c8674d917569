create sequence article_seq start with 1 increment by 50;
create table article (
    id          bigint primary key,
    title       varchar(300)     not null,
    publisher   varchar(200),
    url         varchar(1000),
    published   date,
    body        varchar(1000000) not null
);
create table article_boilerplate (
    article_id  bigint        not null references article (id),
    position    integer       not null,
    line        varchar(1000) not null,
    primary key (article_id, position)
);

create sequence quiz_set_seq start with 1 increment by 50;
create table quiz_set (
    id           bigint primary key,
    slug         varchar(100) not null unique,
    title        varchar(300) not null,
    status       varchar(20)  not null,
    join_code    varchar(12) unique,
    article_id   bigint       not null references article (id),
    source_file  varchar(500),
    source_hash  varchar(64),
    updated_at   timestamp with time zone not null
);

create sequence question_seq start with 1 increment by 50;
create table question (
    id              bigint primary key,
    quiz_set_id     bigint        not null references quiz_set (id),
    question_key    varchar(100)  not null,
    version         integer       not null,
    position        integer       not null,
    skill           varchar(40)   not null,
    prompt          varchar(2000) not null,
    answer_index    integer       not null,
    explanation     varchar(4000) not null,
    evidence_start  integer       not null,
    evidence_end    integer       not null,
    evidence_text   varchar(4000) not null,
    status          varchar(20)   not null,
    origin          varchar(20)   not null,
    retired         boolean       not null
);
create index question_set_idx on question (quiz_set_id, retired, position);
create table question_option (
    question_id  bigint        not null references question (id),
    position     integer       not null,
    option_text  varchar(1000) not null,
    primary key (question_id, position)
);

create sequence attempt_seq start with 1 increment by 50;
create table attempt (
    id            bigint primary key,
    quiz_set_id   bigint      not null references quiz_set (id),
    token         varchar(64) not null unique,
    learner_name  varchar(60) not null,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone
);

create sequence response_seq start with 1 increment by 50;
create table response (
    id           bigint primary key,
    attempt_id   bigint  not null references attempt (id),
    question_id  bigint  not null references question (id),
    choice       integer not null,
    correct      boolean not null,
    answered_at  timestamp with time zone not null,
    constraint response_once_per_question unique (attempt_id, question_id)
);
