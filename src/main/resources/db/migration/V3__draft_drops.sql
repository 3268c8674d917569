create sequence dropped_question_seq start with 1 increment by 50;
create table dropped_question (
    id           bigint primary key,
    quiz_set_id  bigint        not null references quiz_set (id),
    skill        varchar(40)   not null,
    prompt       varchar(2000) not null,
    reason       varchar(500)  not null
);
