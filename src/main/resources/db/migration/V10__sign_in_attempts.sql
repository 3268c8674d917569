-- Sign-in attempts within the throttle's window, shared by every node on this database.
create sequence sign_in_attempt_seq start with 1 increment by 50;
create table sign_in_attempt (
    id            bigint primary key,
    address       varchar(64)  not null,
    username      varchar(100) not null,
    attempted_at  timestamp with time zone not null
);
create index sign_in_attempt_address_idx on sign_in_attempt (address, attempted_at);
create index sign_in_attempt_username_idx on sign_in_attempt (username, attempted_at);
