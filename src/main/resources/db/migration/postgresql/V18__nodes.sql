-- Many web nodes on one PostgreSQL (docs/scaling.md).

-- Each in-memory view's version, bumped in the transaction that changes one of its tables (by the
-- triggers below), with a NOTIFY on channel plenary_views that PostgreSQL delivers to every listening
-- node when that transaction commits. A node that missed a notification finds the new version here.
create table cluster_view (
  name    varchar(40) primary key,
  version bigint not null default 0
);
insert into cluster_view (name) values ('registry'), ('guidelines'), ('denials'), ('judgements');

create function cluster_view_changed() returns trigger language plpgsql as $$
declare
  v bigint;
begin
  update cluster_view set version = version + 1 where name = TG_ARGV[0] returning version into v;
  perform pg_notify('plenary_views', current_schema() || ':' || TG_ARGV[0] || ':' || v);
  return null;
end
$$;

create trigger registry_state_view after insert or update or delete or truncate on registry_state
  for each statement execute function cluster_view_changed('registry');
create trigger registry_fact_view after insert or update or delete or truncate on registry_fact
  for each statement execute function cluster_view_changed('registry');
create trigger registry_participation_view after insert or update or delete or truncate on registry_participation
  for each statement execute function cluster_view_changed('registry');
create trigger guidelines_exception_view after insert or update or delete or truncate on guidelines_exception
  for each statement execute function cluster_view_changed('guidelines');
create trigger guidelines_amendment_view after insert or update or delete or truncate on guidelines_amendment
  for each statement execute function cluster_view_changed('guidelines');
create trigger screening_denial_view after insert or update or delete or truncate on screening_denial
  for each statement execute function cluster_view_changed('denials');
create trigger screening_judgement_view after insert or update or delete or truncate on screening_judgement
  for each statement execute function cluster_view_changed('judgements');

-- Page sessions, shared by every node (Spring Session JDBC 4.1, its schema-postgresql.sql).
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);
