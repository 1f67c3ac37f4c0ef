-- Extract requests (issue 6): a family asks the child's clinic for an extract from the
-- record for a period and a purpose; staff prepare it from the record, a member of staff
-- signs it off, and the family downloads the signed PDF.

CREATE TABLE extract_settings (
  clinic_id      UUID PRIMARY KEY REFERENCES clinics (id),
  deadline_days  INTEGER NOT NULL DEFAULT 3 CHECK (deadline_days BETWEEN 1 AND 30)
);

CREATE TABLE extract_requests (
  id              UUID PRIMARY KEY,
  number          BIGSERIAL UNIQUE,
  child_id        UUID NOT NULL,
  child_snils     CHAR(11) NOT NULL,
  clinic_id       UUID NOT NULL REFERENCES clinics (id),
  account_id      UUID NOT NULL,
  period_from     DATE NOT NULL,
  period_to       DATE NOT NULL,
  purpose         VARCHAR(20) NOT NULL,
  comment         VARCHAR(500),
  status          VARCHAR(10) NOT NULL CHECK (status IN ('SUBMITTED', 'PREPARED', 'READY', 'REJECTED')),
  submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  due_on          DATE NOT NULL,
  prepared_at     TIMESTAMP WITH TIME ZONE,
  prepared_by     UUID,
  draft           BYTEA,
  signed_at       TIMESTAMP WITH TIME ZONE,
  signed_by       UUID,
  signed_by_name  VARCHAR(300),
  pdf             BYTEA,
  reason          VARCHAR(1000),
  decided_at      TIMESTAMP WITH TIME ZONE,
  decided_by      UUID,
  version         INTEGER NOT NULL DEFAULT 0,
  CHECK (period_from <= period_to),
  CHECK (status <> 'READY' OR (pdf IS NOT NULL AND signed_by IS NOT NULL)),
  CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
CREATE INDEX extract_requests_queue ON extract_requests (clinic_id, status, due_on);
CREATE INDEX extract_requests_by_account ON extract_requests (account_id, submitted_at DESC);
