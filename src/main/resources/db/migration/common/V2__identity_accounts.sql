-- Accounts: hashed passwords only. Demo accounts are created at start only when the demo is enabled.
create table identity_account (
  username      varchar(64)  not null primary key,
  password_hash varchar(128) not null,
  role          varchar(16)  not null,
  government    char(2),
  demo          boolean      not null,
  enabled       boolean      not null
);
