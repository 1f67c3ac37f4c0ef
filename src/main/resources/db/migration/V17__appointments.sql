-- Appointments (issue 6): doctors and their working hours, the slots made from them, and
-- bookings. A slot is never booked twice: a unique index stands behind the check.

-- How a clinic takes bookings.
CREATE TABLE appointment_settings (
  clinic_id               UUID PRIMARY KEY REFERENCES clinics (id),
  cancel_hours_before     INTEGER NOT NULL DEFAULT 2 CHECK (cancel_hours_before BETWEEN 0 AND 168),
  horizon_days            INTEGER NOT NULL DEFAULT 14 CHECK (horizon_days BETWEEN 1 AND 60),
  referral_specialties    VARCHAR(500) NOT NULL DEFAULT ''
);

CREATE TABLE doctors (
  id            UUID PRIMARY KEY,
  clinic_id     UUID NOT NULL REFERENCES clinics (id),
  full_name     VARCHAR(200) NOT NULL,
  specialty     VARCHAR(40) NOT NULL,
  slot_minutes  INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120),
  active        BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX doctors_by_clinic ON doctors (clinic_id, specialty);

-- One row per doctor and day of the week (1 Monday … 7 Sunday), times in Moscow.
CREATE TABLE doctor_hours (
  doctor_id     UUID NOT NULL REFERENCES doctors (id),
  weekday       SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts        TIME NOT NULL,
  ends          TIME NOT NULL,
  break_starts  TIME,
  break_ends    TIME,
  PRIMARY KEY (doctor_id, weekday),
  CHECK (starts < ends),
  CHECK ((break_starts IS NULL) = (break_ends IS NULL)),
  CHECK (break_starts IS NULL OR (starts < break_starts AND break_starts < break_ends AND break_ends < ends))
);

CREATE TABLE doctor_days_off (
  doctor_id  UUID NOT NULL REFERENCES doctors (id),
  day        DATE NOT NULL,
  PRIMARY KEY (doctor_id, day)
);

CREATE TABLE slots (
  id          UUID PRIMARY KEY,
  doctor_id   UUID NOT NULL REFERENCES doctors (id),
  starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked     BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE (doctor_id, starts_at),
  CHECK (starts_at < ends_at)
);
CREATE INDEX slots_by_time ON slots (starts_at);

CREATE TABLE bookings (
  id             UUID PRIMARY KEY,
  slot_id        UUID NOT NULL REFERENCES slots (id),
  clinic_id      UUID NOT NULL REFERENCES clinics (id),
  patient_id     UUID NOT NULL,
  patient_snils  CHAR(11) NOT NULL,
  specialty      VARCHAR(40) NOT NULL,
  booked_by      UUID NOT NULL,
  status         VARCHAR(10) NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'DONE', 'MISSED')),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by     UUID NOT NULL
);
-- The constraint behind "a slot is never booked twice": a cancelled booking frees it.
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (slot_id) WHERE status <> 'CANCELLED';
CREATE INDEX bookings_by_patient ON bookings (patient_snils, status);
CREATE INDEX bookings_by_clinic ON bookings (clinic_id, status);
