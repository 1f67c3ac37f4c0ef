-- Uploaded scans and PDFs (SECURITY.md §10–12). The uploaded file name is never kept: the
-- file is served under a name made from its kind and date. Documents are voided with who,
-- when and why, never deleted. Owners are accounts of identity, referenced by id only.
CREATE TABLE documents (
  id               UUID PRIMARY KEY,
  owner_account_id UUID NOT NULL,
  kind             VARCHAR(32) NOT NULL CHECK (kind IN ('PASSPORT', 'BIRTH_CERTIFICATE',
                     'REGISTRATION_CERTIFICATE', 'CONSENT', 'COURT_DECISION', 'OTHER')),
  content_type     VARCHAR(32) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes       BIGINT NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  sha256           CHAR(64) NOT NULL,
  file_name        VARCHAR(100) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       UUID,
  voided_at        TIMESTAMP WITH TIME ZONE,
  voided_by        UUID,
  void_reason      VARCHAR(1000),
  CONSTRAINT documents_void_complete CHECK (voided_at IS NOT NULL OR (voided_by IS NULL AND void_reason IS NULL))
);
-- The quota counts an account's documents that are not voided.
CREATE INDEX documents_by_owner ON documents (owner_account_id) WHERE voided_at IS NULL;

-- The bytes, apart from the row, so that lists never read them. JPEG, PNG and PDF are
-- compressed already: PostgreSQL stores them out of line without compressing again.
CREATE TABLE document_contents (
  document_id UUID PRIMARY KEY REFERENCES documents (id),
  content     BYTEA NOT NULL
);
ALTER TABLE document_contents ALTER COLUMN content SET STORAGE EXTERNAL;

-- Who besides the owner may download a document: 'operators', or 'clinic:<uuid>'.
CREATE TABLE document_shares (
  document_id UUID NOT NULL REFERENCES documents (id),
  audience    VARCHAR(64) NOT NULL,
  shared_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  shared_by   UUID,
  PRIMARY KEY (document_id, audience)
);
