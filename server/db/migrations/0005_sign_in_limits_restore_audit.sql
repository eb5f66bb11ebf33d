-- Sign-in limits that hold under concurrency (server/auth/throttle.ts), and restores in the audit log.

-- Replaces sign_in_failures (transient data: nothing to carry over). A key counts password checks
-- that were not followed by a success: one account from one address ('pair:<email>|<address>'), one
-- account from every address ('account:<email>'), or one address over every account ('address:<address>').
-- A check is counted *before* the password is compared, under the row's lock, so simultaneous guesses
-- cannot all pass the limit.
DROP TABLE sign_in_failures;
CREATE TABLE sign_in_attempts (
  key          text PRIMARY KEY,
  attempts     integer NOT NULL CHECK (attempts >= 0),
  last_at      timestamptz NOT NULL,
  locked_until timestamptz
);
CREATE INDEX sign_in_attempts_last_at ON sign_in_attempts (last_at);

-- Account and address pairs that signed in successfully: exempt from the account-wide and
-- address-wide limits, so neither a distributed attack on an account nor a noisy neighbour behind the
-- same NAT keeps a real user out from where they usually sign in.
CREATE TABLE sign_in_known (
  email          text NOT NULL,
  address        text NOT NULL,
  last_success   timestamptz NOT NULL,
  PRIMARY KEY (email, address)
);
CREATE INDEX sign_in_known_last_success ON sign_in_known (last_success);

-- A restore is recorded in the audit log (entity 'backup', action 'restore').
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'update', 'delete', 'import', 'restore'));
ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_check CHECK (entity IN ('figure', 'source', 'user', 'import', 'backup'));
