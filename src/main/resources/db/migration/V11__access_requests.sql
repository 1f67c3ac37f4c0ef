-- A parent's request for access to a child's record, and the grant it becomes (DOMAIN.md
-- §4). One row from submission to the end of the grant; the history table keeps every
-- transition.
CREATE TABLE access_requests (
  id                   UUID PRIMARY KEY,
  account_id           UUID NOT NULL REFERENCES accounts (id),
  child_id             UUID NOT NULL REFERENCES children (id),
  clinic_id            UUID NOT NULL REFERENCES clinics (id),
  status               VARCHAR(10) NOT NULL CHECK (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED',
                         'REJECTED', 'WITHDRAWN', 'REVOKED', 'EXPIRED')),
  submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  due_on               DATE NOT NULL,
  overdue_reported_at  TIMESTAMP WITH TIME ZONE,
  info_request         VARCHAR(4000),
  consent_asked        BOOLEAN NOT NULL DEFAULT FALSE,
  consent_status       VARCHAR(8) CHECK (consent_status IN ('AGREED', 'DECLINED')),
  consent_by           UUID,
  consent_at           TIMESTAMP WITH TIME ZONE,
  decided_at           TIMESTAMP WITH TIME ZONE,
  decided_by           UUID,
  reason               VARCHAR(1000),
  ends_on              DATE,
  expiry_notice_at     TIMESTAMP WITH TIME ZONE,
  ended_at             TIMESTAMP WITH TIME ZONE,
  ended_by             UUID,
  end_reason           VARCHAR(1000),
  version              BIGINT NOT NULL
);
-- At most one open request or active grant per guardian and child: a double submit
-- cannot make a second one.
CREATE UNIQUE INDEX access_requests_one_open ON access_requests (account_id, child_id)
  WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED');
CREATE INDEX access_requests_queue ON access_requests (clinic_id, status, due_on);
CREATE INDEX access_requests_by_child ON access_requests (child_id);
CREATE INDEX access_requests_grants ON access_requests (ends_on) WHERE status = 'APPROVED';

CREATE TABLE access_request_history (
  id          UUID PRIMARY KEY,
  request_id  UUID NOT NULL REFERENCES access_requests (id),
  seq         BIGINT GENERATED ALWAYS AS IDENTITY,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id    UUID,
  actor       VARCHAR(14) NOT NULL CHECK (actor IN ('PARENT', 'SECOND_PARENT', 'CLINIC', 'COURT', 'SYSTEM')),
  action      VARCHAR(20) NOT NULL,
  status      VARCHAR(10) NOT NULL,
  text        VARCHAR(4000)
);
CREATE INDEX access_request_history_by_request ON access_request_history (request_id, seq);

CREATE TABLE access_request_documents (
  request_id   UUID NOT NULL REFERENCES access_requests (id),
  document_id  UUID NOT NULL,
  kind         VARCHAR(30) NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (request_id, document_id)
);
