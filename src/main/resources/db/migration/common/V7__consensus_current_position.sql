-- The current position of each PG on each proposal, kept beside the history so that recording a
-- position reads one row by primary key instead of scanning a history that grows with every change.
create table consensus_current_position (
  proposal_id    bigint       not null,
  state_code     char(2)      not null,
  stance         varchar(16)  not null,
  statement      text,
  basis          varchar(16)  not null,
  source         varchar(512),
  recorded_on    date         not null,
  recorded_at    timestamp with time zone not null,
  recorded_by    varchar(64)  not null,
  primary key (proposal_id, state_code)
);
insert into consensus_current_position (proposal_id, state_code, stance, statement, basis, source, recorded_on, recorded_at, recorded_by)
select p.proposal_id, p.state_code, p.stance, p.statement, p.basis, p.source, p.recorded_on, p.recorded_at, p.recorded_by
from consensus_position p
where p.after_decision = false
  and p.id = (select max(q.id) from consensus_position q
              where q.proposal_id = p.proposal_id and q.state_code = p.state_code and q.after_decision = false);
