-- Messages the application would send, kept for people trying the demo and for tests.
-- Used only when no SMTP server or SMS gateway is configured (never in production).
CREATE TABLE dev_outbox (
  id         UUID PRIMARY KEY,
  seq        BIGINT GENERATED ALWAYS AS IDENTITY,
  channel    VARCHAR(8) NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
  recipient  VARCHAR(254) NOT NULL,
  subject    VARCHAR(300),
  body       TEXT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dev_outbox_newest_first ON dev_outbox (seq DESC);

-- The in-app inbox «Уведомления». Texts are message keys with arguments, so each
-- message is shown in the language the reader has chosen.
CREATE TABLE inbox_messages (
  id          UUID PRIMARY KEY,
  account_id  UUID NOT NULL,
  title_key   VARCHAR(200) NOT NULL,
  body_key    VARCHAR(200) NOT NULL,
  arguments   TEXT[] NOT NULL DEFAULT '{}',
  link        VARCHAR(500),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE,
  dedup_key   VARCHAR(200),
  CONSTRAINT inbox_messages_dedup UNIQUE (account_id, dedup_key)
);
CREATE INDEX inbox_messages_by_account ON inbox_messages (account_id, created_at DESC);
CREATE INDEX inbox_messages_unread ON inbox_messages (account_id) WHERE read_at IS NULL;
