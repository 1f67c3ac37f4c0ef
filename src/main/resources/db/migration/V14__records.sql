-- Each person's medical record, keyed by SNILS whether or not a parent has linked them
-- (issue 5, DOMAIN.md §6). One row per resource a clinic sent; the clinic's own id of the
-- resource makes a re-send an update.
CREATE TABLE record_patients (
  clinic_id   UUID NOT NULL REFERENCES clinics (id),
  source_id   VARCHAR(64) NOT NULL,
  snils       CHAR(11) NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (clinic_id, source_id)
);
CREATE INDEX record_patients_by_snils ON record_patients (snils);

CREATE TABLE record_entries (
  id             UUID PRIMARY KEY,
  snils          CHAR(11) NOT NULL,
  clinic_id      UUID NOT NULL REFERENCES clinics (id),
  resource_type  VARCHAR(30) NOT NULL,
  source_id      VARCHAR(64) NOT NULL,
  section        VARCHAR(14) NOT NULL CHECK (section IN ('VISITS', 'DIAGNOSES', 'LAB_RESULTS', 'MEASUREMENTS',
                   'REPORTS', 'PRESCRIPTIONS', 'VACCINATIONS', 'DOCUMENTS')),
  occurred_at    TIMESTAMP WITH TIME ZONE,
  title          VARCHAR(500) NOT NULL,
  code_system    VARCHAR(200),
  code           VARCHAR(100),
  details        JSONB NOT NULL,
  resource       JSONB NOT NULL,
  received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT record_entries_once UNIQUE (clinic_id, resource_type, source_id)
);
CREATE INDEX record_entries_by_person ON record_entries (snils, section, occurred_at DESC);
