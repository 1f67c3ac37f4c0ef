-- A child is one person, identified by SNILS, whichever guardian linked them.
CREATE TABLE children (
  id                  UUID PRIMARY KEY,
  snils               CHAR(11) NOT NULL UNIQUE,
  surname             VARCHAR(100) NOT NULL,
  name                VARCHAR(100) NOT NULL,
  patronymic          VARCHAR(100),
  birth_date          DATE NOT NULL,
  certificate_series  VARCHAR(12) NOT NULL,
  certificate_number  CHAR(6) NOT NULL,
  certificate_issued_on DATE NOT NULL,
  full_capacity_on    DATE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          UUID NOT NULL
);

-- A guardian's link to a child and its verification.
CREATE TABLE guardianships (
  id            UUID PRIMARY KEY,
  account_id    UUID NOT NULL REFERENCES accounts (id),
  child_id      UUID NOT NULL REFERENCES children (id),
  status        VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
  verified_by_registry BOOLEAN NOT NULL DEFAULT FALSE,
  reason        VARCHAR(1000),
  submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at    TIMESTAMP WITH TIME ZONE,
  decided_by    UUID,
  version       BIGINT NOT NULL,
  CONSTRAINT guardianships_once UNIQUE (account_id, child_id)
);
CREATE INDEX guardianships_queue ON guardianships (status, submitted_at);

CREATE TABLE guardianship_documents (
  guardianship_id UUID NOT NULL REFERENCES guardianships (id),
  document_id     UUID NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  PRIMARY KEY (guardianship_id, document_id)
);

-- The table behind the default civil registry adapter (filled by the demo data).
CREATE TABLE birth_records (
  child_snils         CHAR(11) PRIMARY KEY,
  surname             VARCHAR(100) NOT NULL,
  name                VARCHAR(100) NOT NULL,
  patronymic          VARCHAR(100),
  birth_date          DATE NOT NULL,
  certificate_series  VARCHAR(12) NOT NULL,
  certificate_number  CHAR(6) NOT NULL,
  mother_snils        CHAR(11),
  father_snils        CHAR(11)
);
