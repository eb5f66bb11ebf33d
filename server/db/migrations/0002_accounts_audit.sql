-- Accounts, sessions and the audit log (who changed what, when, from what, to what).

CREATE TABLE users (
  id            serial PRIMARY KEY,
  email         text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Only a hash of the session token is stored, so a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id    integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE audit_log (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  user_id    integer REFERENCES users(id) ON DELETE SET NULL,
  user_email text NOT NULL,
  action     text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
  entity     text NOT NULL CHECK (entity IN ('figure', 'source', 'user', 'import')),
  entity_id  text NOT NULL,
  before     jsonb,
  after      jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at DESC);
