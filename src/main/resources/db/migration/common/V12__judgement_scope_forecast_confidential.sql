-- A reviewer's judgement binds only whoever made it: a PG's officers judge for their government, an
-- analyst for themselves. Judgements made before scoping keep the scope of the account that made them.
alter table screening_judgement add column scope varchar(80);
update screening_judgement set scope = coalesce(
  (select a.government from identity_account a where a.username = screening_judgement.judged_by),
  'user:' || judged_by);
alter table screening_judgement alter column scope set not null;
create index screening_judgement_by_scope on screening_judgement (scope, id);

-- A forecast built on positions that only PGs' users may see is shared only with them.
alter table forecast add column confidential boolean default false not null;
