-- motionreg registry schema, version 1.
-- Read by `wrangler d1 migrations apply` (a D1 database bound to a Worker) and by the embedded
-- SQLite store, which records applied files in the same `d1_migrations` table wrangler uses.
-- Rules for every migration file: plain statements each ending with a semicolon at the end of a line,
-- no triggers, no transactions (each file is applied as one atomic batch), no semicolons elsewhere.

-- One table for every registry entry (static, dynamic, narrative) so that no aspect can be left out
-- of an export, and so that one unique index makes names unique across all registries.
CREATE TABLE registry_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  registry TEXT NOT NULL CHECK (registry IN ('static', 'dynamic', 'narrative')),
  aspect TEXT NOT NULL,
  -- '' outside the narrative registry, because NULL would make the unique key below admit duplicates.
  origin TEXT NOT NULL DEFAULT '' CHECK (origin IN ('', 'intended', 'observed')),
  entry_key TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE,
  count INTEGER NOT NULL CHECK (count > 0),
  depth_json TEXT NOT NULL,
  value_json TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (registry, aspect, origin, entry_key)
);

CREATE UNIQUE INDEX registry_entries_name ON registry_entries (name);

CREATE INDEX registry_entries_recent ON registry_entries (registry, aspect, last_seen_at);

-- Which jobs saw an entry. Prompts live once, in jobs, so a rename has one place to update.
CREATE TABLE entry_sources (
  entry_id INTEGER NOT NULL REFERENCES registry_entries (id),
  job_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (entry_id, job_id)
) WITHOUT ROWID;

CREATE INDEX entry_sources_job ON entry_sources (job_id);

-- Ordered by rowid (insertion order): ISO timestamps can tie within a millisecond.
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  prompt TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'rendered', 'extracted', 'completed', 'failed')),
  workflow TEXT,
  clip_path TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL DEFAULT 1
);

-- One per job: what its growth did. Its primary key is what makes growth exactly once.
CREATE TABLE discovery_runs (
  job_id TEXT PRIMARY KEY,
  focus TEXT NOT NULL CHECK (focus IN ('frame', 'window', 'all')),
  added INTEGER NOT NULL CHECK (added >= 0),
  counted INTEGER NOT NULL CHECK (counted >= 0),
  by_aspect_json TEXT NOT NULL,
  backfilled INTEGER NOT NULL CHECK (backfilled IN (0, 1)),
  created_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL DEFAULT 1
);

-- One per job: the spec it rendered and a summary of what was measured.
CREATE TABLE learning_runs (
  job_id TEXT PRIMARY KEY,
  prompt TEXT NOT NULL,
  spec_json TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  backfilled INTEGER NOT NULL CHECK (backfilled IN (0, 1)),
  created_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL DEFAULT 1
);

-- span -> canonical per domain, one row per meaning, so a word keeps its meanings apart.
CREATE TABLE linguistic_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  span TEXT NOT NULL,
  domain TEXT NOT NULL,
  canonical TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count > 0),
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  UNIQUE (span, domain, canonical)
);

-- prompt -> instruction, one row per distinct prompt, and pending rows are the interpretation queue.
CREATE TABLE interpretations (
  id TEXT PRIMARY KEY,
  prompt TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
  instruction_json TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE INDEX interpretations_queue ON interpretations (status);

-- One per interpreted prompt source (job or interpretation id): what makes prompt growth exactly once.
CREATE TABLE prompt_growth_runs (
  source_id TEXT PRIMARY KEY,
  interpretation_id TEXT NOT NULL,
  linguistic_added INTEGER NOT NULL,
  linguistic_counted INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

-- Preconditions of a batch: a statement inserts 0 here when what the batch was planned on changed,
-- so the whole batch rolls back (D1 over HTTP has no interactive transactions). Always empty
-- between batches: every batch that inserts here deletes its rows again as its last statement.
CREATE TABLE store_guards (
  id INTEGER PRIMARY KEY,
  ok INTEGER NOT NULL CONSTRAINT precondition_failed CHECK (ok = 1)
);
