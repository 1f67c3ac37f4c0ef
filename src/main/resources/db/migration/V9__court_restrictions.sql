-- A court decision limiting one guardian's rights over one child (DOMAIN.md §3). Never
-- deleted: lifting is recorded with its date and document.
CREATE TABLE court_restrictions (
  id               UUID PRIMARY KEY,
  account_id       UUID NOT NULL REFERENCES accounts (id),
  child_id         UUID NOT NULL REFERENCES children (id),
  kind             VARCHAR(20) NOT NULL CHECK (kind IN ('DEPRIVATION', 'RESTRICTION', 'OTHER_COURT_ORDER')),
  court            VARCHAR(300) NOT NULL,
  decision_number  VARCHAR(60) NOT NULL,
  decision_date    DATE NOT NULL,
  valid_from       DATE NOT NULL,
  valid_until      DATE,
  document_id      UUID NOT NULL,
  lifted_on        DATE,
  lift_document_id UUID,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       UUID NOT NULL,
  changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by       UUID NOT NULL,
  version          BIGINT NOT NULL,
  CONSTRAINT court_restrictions_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
  CONSTRAINT court_restrictions_lift CHECK ((lifted_on IS NULL) = (lift_document_id IS NULL)),
  CONSTRAINT court_restrictions_once UNIQUE (account_id, child_id, decision_number)
);
CREATE INDEX court_restrictions_child ON court_restrictions (child_id, account_id);

-- Full legal capacity before 18 (DOMAIN.md §5): how, and who recorded it when.
ALTER TABLE children
  ADD COLUMN full_capacity_kind        VARCHAR(12) CHECK (full_capacity_kind IN ('EMANCIPATION', 'MARRIAGE')),
  ADD COLUMN full_capacity_recorded_at TIMESTAMP WITH TIME ZONE,
  ADD COLUMN full_capacity_recorded_by UUID,
  ADD CONSTRAINT children_full_capacity CHECK ((full_capacity_on IS NULL) = (full_capacity_kind IS NULL));
