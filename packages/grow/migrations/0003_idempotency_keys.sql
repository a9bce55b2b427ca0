-- motionreg registry schema, version 3: the registry service's idempotency keys (@motionreg/service).
-- Same rules as 0001: plain statements each ending with a semicolon at the end of a line.

-- One row per Idempotency-Key a write carried: the request it was first used with (method, path and
-- a SHA-256 of the body), the claim of the request still running (owner, until when, in ms since the
-- epoch) and, once done, the response a repeat gets back: its body inline when small, otherwise in
-- `response_parts` rows of idempotency_response_parts (D1 takes at most 100 KB per statement).
-- Rows expire after 24 h.
CREATE TABLE idempotency_keys (
  idempotency_key TEXT PRIMARY KEY,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  owner TEXT NOT NULL,
  locked_until INTEGER NOT NULL,
  response_status INTEGER,
  response_type TEXT,
  response_body TEXT,
  response_parts INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

-- Expired keys are deleted a few at a time by later writes, oldest first.
CREATE INDEX idempotency_keys_expires ON idempotency_keys (expires_at, idempotency_key);

-- A large response body in parts, in order. Parts belong to the owner that wrote them, so a key
-- taken over after a crash never mixes its parts with the old owner's; they go with their key.
CREATE TABLE idempotency_response_parts (
  idempotency_key TEXT NOT NULL REFERENCES idempotency_keys (idempotency_key) ON DELETE CASCADE,
  owner TEXT NOT NULL,
  seq INTEGER NOT NULL,
  part TEXT NOT NULL,
  PRIMARY KEY (idempotency_key, owner, seq)
);
