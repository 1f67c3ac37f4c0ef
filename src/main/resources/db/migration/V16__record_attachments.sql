-- The file a DocumentReference carries (a discharge summary, a note), kept with its entry.
CREATE TABLE record_attachments (
  entry_id      UUID PRIMARY KEY REFERENCES record_entries (id) ON DELETE CASCADE,
  content_type  VARCHAR(100) NOT NULL,
  content       BYTEA NOT NULL
);
