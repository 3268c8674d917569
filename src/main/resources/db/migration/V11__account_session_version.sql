-- The account's session version: a random value every sign-in cookie must match; replaced on sign-out,
-- disable and password change, which ends every session of the account. Null until the first sign-in.
alter table account add column session_version varchar(64);
