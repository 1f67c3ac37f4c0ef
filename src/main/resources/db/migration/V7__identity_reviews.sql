-- An operator's check of an uploaded passport against the personal data (DOMAIN.md §2).
CREATE TABLE identity_reviews (
  id           UUID PRIMARY KEY,
  account_id   UUID NOT NULL REFERENCES accounts (id),
  document_id  UUID NOT NULL,
  status       VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
  submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at   TIMESTAMP WITH TIME ZONE,
  decided_by   UUID,
  reason       VARCHAR(1000),
  version      BIGINT NOT NULL
);
-- At most one open review per account, whatever the concurrency.
CREATE UNIQUE INDEX identity_reviews_one_open ON identity_reviews (account_id) WHERE status = 'PENDING';
CREATE INDEX identity_reviews_queue ON identity_reviews (status, submitted_at);
