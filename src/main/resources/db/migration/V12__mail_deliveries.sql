-- E-mails sent for events, by the event's notice id: a retried event finds its e-mail
-- here and does not send it again.
CREATE TABLE mail_deliveries (
  dedup_key  VARCHAR(200) PRIMARY KEY,
  sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
