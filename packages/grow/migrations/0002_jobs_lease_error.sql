-- motionreg registry schema, version 2: job errors and claim leases (store contract v1's claimJob).
-- Same rules as 0001: plain statements each ending with a semicolon at the end of a line.

-- The failing step's one-line error; set with status 'failed' only.
ALTER TABLE jobs ADD COLUMN error TEXT;

-- Who holds the claim of a pending job, and until when (an ISO timestamp, compared as text: every
-- timestamp the stores write has the same toISOString form). NULL when unclaimed.
ALTER TABLE jobs ADD COLUMN lease_owner TEXT;

ALTER TABLE jobs ADD COLUMN lease_expires_at TEXT;

-- The claim takes the oldest pending job; diagnostics look for old unfinished jobs per status.
CREATE INDEX jobs_status_created ON jobs (status, created_at);

CREATE INDEX jobs_status_updated ON jobs (status, updated_at);
