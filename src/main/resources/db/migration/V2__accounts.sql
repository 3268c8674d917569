create sequence account_seq start with 1 increment by 50;
create table account (
    id             bigint primary key,
    username       varchar(40)  not null unique,
    password_hash  varchar(100) not null,
    role           varchar(20)  not null,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null
);
alter table quiz_set add column owner_id bigint references account (id);
