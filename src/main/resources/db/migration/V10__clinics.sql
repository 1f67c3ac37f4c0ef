-- Medical organisations (issue 4).
CREATE TABLE clinics (
  id            UUID PRIMARY KEY,
  full_name     VARCHAR(300) NOT NULL,
  short_name    VARCHAR(120) NOT NULL,
  ogrn          CHAR(13) NOT NULL UNIQUE,
  address       VARCHAR(300) NOT NULL,
  phone         VARCHAR(40) NOT NULL,
  working_hours VARCHAR(200) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    UUID NOT NULL
);

-- Who works at which clinic; one row per person and clinic.
CREATE TABLE clinic_members (
  clinic_id   UUID NOT NULL REFERENCES clinics (id),
  account_id  UUID NOT NULL REFERENCES accounts (id),
  role        VARCHAR(5) NOT NULL CHECK (role IN ('STAFF', 'ADMIN')),
  added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  added_by    UUID NOT NULL,
  PRIMARY KEY (clinic_id, account_id)
);
CREATE INDEX clinic_members_by_account ON clinic_members (account_id);

-- Which clinic each child (by SNILS) is attached to: one at a time.
CREATE TABLE clinic_attachments (
  child_snils CHAR(11) PRIMARY KEY,
  clinic_id   UUID NOT NULL REFERENCES clinics (id),
  since       DATE NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX clinic_attachments_by_clinic ON clinic_attachments (clinic_id);
