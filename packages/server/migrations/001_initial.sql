-- The records of a feed, one table per kind of access: reference collections are read whole,
-- activities are filtered and written one by one.

create table usht_meta (
  key text primary key,
  -- Raised by every write, in the write's transaction: a reader that sees the same revision sees the same data.
  revision bigint not null default 0
);
insert into usht_meta (key) values ('data');

-- Centres, counties, municipalities, priority areas, programmes, grant schemes, sources, attribution:
-- each record as the feed carries it, in the feed's order.
create table usht_records (
  collection text not null,
  id text collate "C" not null,
  position integer not null,
  -- json, not jsonb: the record is kept as written (key order, exact text) and never queried inside.
  record json not null,
  -- The centre whose token wrote it (sources cited by a published activity); null: loaded by an operator.
  written_by_centre text,
  primary key (collection, id)
);

create table usht_activities (
  id text collate "C" primary key,
  centre_id text not null,
  -- centreId and every entry of centreIds: what `?centre=` matches.
  centre_ids text[] not null,
  -- Oslo calendar dates of the first and last day, and the start as written: sorting and overlap.
  start_date text collate "C" not null,
  end_date text collate "C" not null,
  start_at text collate "C" not null,
  mode text not null,
  priority_area_ids text[] not null,
  -- Folded the way @usht/sdk's foldText folds, so filters match what every other source matches.
  audience_folded text[] not null,
  search_text text not null,
  -- json, not jsonb: the record is kept as written (key order, exact text) and never queried inside.
  record json not null,
  etag text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index usht_activities_order on usht_activities (start_at, id);
create index usht_activities_end on usht_activities (end_date);
create index usht_activities_centres on usht_activities using gin (centre_ids);

-- Per-centre API tokens. Only a hash of the secret is kept; the token is shown once, at creation.
create table usht_tokens (
  id text primary key,
  centre_id text not null,
  label text,
  secret_hash text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

-- Every write: who (a token id, never a person's name), when, what, and what changed.
create table usht_audit (
  id bigserial primary key,
  at timestamptz not null default now(),
  token_id text,
  centre_id text,
  action text not null,
  activity_id text,
  changes jsonb not null
);
create index usht_audit_activity on usht_audit (activity_id, at);
