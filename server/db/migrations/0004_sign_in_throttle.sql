-- Failed sign-ins, to slow down password guessing (server/auth/throttle.ts). Kept in the database so
-- that every server instance applies the same limits. Not data: no data-version trigger.
CREATE TABLE sign_in_failures (
  -- 'account:<email>|<client address>' (one account from one address) or 'client:<client address>'.
  key          text PRIMARY KEY,
  failures     integer NOT NULL,
  first_at     timestamptz NOT NULL,
  locked_until timestamptz
);
