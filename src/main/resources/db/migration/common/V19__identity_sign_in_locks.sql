-- Failed sign-ins, counted in the database so that every node of a cluster counts the same guesses
-- (docs/scaling.md): one row per account ('account:<name>') or address ('address:<ip>') with a
-- failure within the window or a lock not yet over. Expired rows are deleted.
create table identity_sign_in_failure (
  subject       varchar(330) not null primary key,
  failures      integer      not null,
  since         timestamp with time zone not null,
  locked_until  timestamp with time zone
);
