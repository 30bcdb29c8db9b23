-- The tamper-evident record: an append-only SHA-256 hash chain. audit_head holds the chain's last
-- sequence number and hash; appending locks it, so entries are chained strictly in order.
create table audit_entry (
  seq           bigint        not null primary key,
  recorded_at   timestamp with time zone not null,
  actor         varchar(64)   not null,
  action        varchar(64)   not null,
  subject       varchar(128)  not null,
  payload       text          not null,
  payload_hash  char(64)      not null,
  previous_hash char(64)      not null,
  hash          char(64)      not null
);

create table audit_head (
  id    integer  not null primary key,
  seq   bigint   not null,
  hash  char(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
