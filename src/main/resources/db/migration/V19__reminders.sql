-- Reminders (issue 6): of booked visits (clinic settings: hours before) and of vaccinations
-- due within 14 days or overdue, by each account's preferences. Each reminder is queued
-- once per account and key, and sent once: the unique key stands behind both.

ALTER TABLE appointment_settings
  ADD COLUMN remind_first_hours INTEGER NOT NULL DEFAULT 24 CHECK (remind_first_hours BETWEEN 0 AND 72),
  ADD COLUMN remind_second_hours INTEGER NOT NULL DEFAULT 2 CHECK (remind_second_hours BETWEEN 0 AND 72);

CREATE TABLE reminder_preferences (
  account_id        UUID PRIMARY KEY REFERENCES accounts (id),
  enabled           BOOLEAN NOT NULL DEFAULT TRUE,
  visit_channels    VARCHAR(30) NOT NULL DEFAULT 'INBOX,EMAIL,SMS',
  vaccine_channels  VARCHAR(30) NOT NULL DEFAULT 'INBOX,EMAIL',
  quiet_from        TIME NOT NULL DEFAULT '22:00',
  quiet_to          TIME NOT NULL DEFAULT '08:00',
  time_zone         VARCHAR(40) NOT NULL DEFAULT 'Europe/Moscow'
);

CREATE TABLE reminders (
  id            UUID PRIMARY KEY,
  account_id    UUID NOT NULL,
  reminder_key  VARCHAR(200) NOT NULL,
  kind          VARCHAR(10) NOT NULL CHECK (kind IN ('VISIT', 'VACCINE')),
  child_id      UUID NOT NULL,
  booking_id    UUID,
  starts_at     TIMESTAMP WITH TIME ZONE,
  arguments     TEXT NOT NULL,
  link          VARCHAR(300) NOT NULL,
  queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  status        VARCHAR(10) NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'DROPPED')),
  done_at       TIMESTAMP WITH TIME ZONE,
  channels      VARCHAR(30),
  note          VARCHAR(40),
  CONSTRAINT reminders_once UNIQUE (account_id, reminder_key)
);
CREATE INDEX reminders_queued ON reminders (queued_at) WHERE status = 'QUEUED';
