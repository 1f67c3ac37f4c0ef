-- Keys with which a clinic's information system calls the import API (issue 5). Only a
-- SHA-256 of each key is kept; the key itself is shown once, when it is made.
CREATE TABLE clinic_api_keys (
  id            UUID PRIMARY KEY,
  clinic_id     UUID NOT NULL REFERENCES clinics (id),
  name          VARCHAR(100) NOT NULL,
  key_hash      CHAR(64) NOT NULL UNIQUE,
  key_prefix    VARCHAR(12) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    UUID NOT NULL,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  revoked_by    UUID,
  last_used_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX clinic_api_keys_by_clinic ON clinic_api_keys (clinic_id, created_at DESC);
