-- Who looked at which record (SECURITY.md §13). Rows are only ever added: the trigger
-- refuses UPDATE and DELETE for every role, the owner and superusers included, and the
-- grants take those rights away from the roles that use the table.
CREATE TABLE audit_events (
  id              UUID PRIMARY KEY,
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id        UUID NOT NULL,
  actor_role      VARCHAR(20) NOT NULL,
  child_id        UUID,
  subject_snils   CHAR(11),
  section         VARCHAR(20) NOT NULL,
  action          VARCHAR(10) NOT NULL,
  allowed         BOOLEAN NOT NULL,
  reason          VARCHAR(40),
  client_address  VARCHAR(64),
  request_id      VARCHAR(64)
);
CREATE INDEX audit_events_by_child ON audit_events (child_id, at DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM CURRENT_USER;
