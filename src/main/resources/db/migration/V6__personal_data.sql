-- The personal data an account holder entered (DOMAIN.md §2), and what the registry said.
CREATE TABLE personal_data (
  account_id         UUID PRIMARY KEY REFERENCES accounts (id),
  surname            VARCHAR(100) NOT NULL,
  name               VARCHAR(100) NOT NULL,
  patronymic         VARCHAR(100),
  birth_date         DATE NOT NULL,
  sex                VARCHAR(6) NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  passport_series    CHAR(4) NOT NULL,
  passport_number    CHAR(6) NOT NULL,
  passport_issued_on DATE NOT NULL,
  issuer_code        CHAR(7) NOT NULL,
  snils              CHAR(11) NOT NULL,
  inn                CHAR(12),
  registry_checked_at TIMESTAMP WITH TIME ZONE,
  registry_found     BOOLEAN,
  mismatched_fields  TEXT
);
-- One person, one account.
CREATE UNIQUE INDEX personal_data_snils_unique ON personal_data (snils);

-- The table behind the default citizen registry adapter (filled by the demo data).
CREATE TABLE citizen_registry (
  snils              CHAR(11) PRIMARY KEY,
  surname            VARCHAR(100) NOT NULL,
  name               VARCHAR(100) NOT NULL,
  patronymic         VARCHAR(100),
  birth_date         DATE NOT NULL,
  sex                VARCHAR(6) NOT NULL,
  passport_series    CHAR(4) NOT NULL,
  passport_number    CHAR(6) NOT NULL,
  passport_issued_on DATE NOT NULL,
  issuer_code        CHAR(7) NOT NULL,
  inn                CHAR(12)
);
