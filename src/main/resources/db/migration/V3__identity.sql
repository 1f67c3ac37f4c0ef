CREATE TABLE accounts (
  id                  UUID PRIMARY KEY,
  phone               VARCHAR(12) NOT NULL,
  email               VARCHAR(254),
  email_confirmed_at  TIMESTAMP WITH TIME ZONE,
  password_hash       VARCHAR(200),
  trust_level         VARCHAR(16) NOT NULL CHECK (trust_level IN ('SIMPLIFIED', 'STANDARD', 'CONFIRMED')),
  locale              VARCHAR(8) NOT NULL DEFAULT 'ru',
  consent_at          TIMESTAMP WITH TIME ZONE,
  version             BIGINT NOT NULL DEFAULT 0,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          UUID,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by          UUID,
  CONSTRAINT accounts_phone_unique UNIQUE (phone)
);
-- An address signs in only once confirmed, and then belongs to one account.
CREATE UNIQUE INDEX accounts_confirmed_email_unique ON accounts (email) WHERE email_confirmed_at IS NOT NULL;

CREATE TABLE account_roles (
  account_id UUID NOT NULL REFERENCES accounts (id),
  role       VARCHAR(16) NOT NULL CHECK (role IN ('CITIZEN', 'OPERATOR', 'CLINIC_STAFF', 'CLINIC_ADMIN', 'ADMIN')),
  PRIMARY KEY (account_id, role)
);

-- A registration waits here until its phone is confirmed; only then is an account made.
CREATE TABLE registrations (
  id            UUID PRIMARY KEY,
  phone         VARCHAR(12) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  locale        VARCHAR(8) NOT NULL,
  consent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX registrations_by_phone ON registrations (phone);

-- One-time codes: only a keyed hash is kept; a code is bound to one phone and one purpose.
CREATE TABLE one_time_codes (
  id             UUID PRIMARY KEY,
  phone          VARCHAR(12) NOT NULL,
  purpose        VARCHAR(20) NOT NULL,
  code_hash      VARCHAR(64) NOT NULL,
  client_address VARCHAR(45),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  failed_tries   INT NOT NULL DEFAULT 0,
  used_at        TIMESTAMP WITH TIME ZONE,
  voided_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX one_time_codes_by_phone ON one_time_codes (phone, created_at DESC);
CREATE INDEX one_time_codes_by_address ON one_time_codes (client_address, created_at DESC);

-- Failed sign-ins counted per identifier (hashed, known or not) and per client address,
-- so delays grow the same way whether or not an account exists.
CREATE TABLE sign_in_failures (
  throttle_key   VARCHAR(80) PRIMARY KEY,
  failures       INT NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE email_confirmations (
  token_hash  VARCHAR(64) PRIMARY KEY,
  account_id  UUID NOT NULL REFERENCES accounts (id),
  email       VARCHAR(254) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
