-- The Chair orders a Plenary session's agenda: each proposal's place on it (null: after the ordered ones, by id).
alter table consensus_proposal add column agenda_order integer;
