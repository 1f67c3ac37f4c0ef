-- How many entries each person's record holds, section by section, for the record's
-- overview. Counting them on every view read every index entry of the person (some 2,000
-- for a child with a long lab history) and, while those rows were not yet marked visible
-- to all, the rows themselves. A trigger keeps the counts as entries are written, by
-- whatever writes them: an entry added, removed, or moved to another person or section.
-- The import takes a lock per person before it writes (FhirImport), so two imports for
-- the same child wait for each other instead of locking these rows in opposite orders.
CREATE TABLE record_counts (
  snils    CHAR(11) NOT NULL,
  section  VARCHAR(14) NOT NULL,
  entries  INTEGER NOT NULL CHECK (entries >= 0),
  PRIMARY KEY (snils, section)
);

INSERT INTO record_counts (snils, section, entries)
SELECT snils, section, count(*) FROM record_entries GROUP BY snils, section;

CREATE FUNCTION record_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE record_counts SET entries = entries - 1 WHERE snils = OLD.snils AND section = OLD.section;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO record_counts (snils, section, entries) VALUES (NEW.snils, NEW.section, 1)
      ON CONFLICT (snils, section) DO UPDATE SET entries = record_counts.entries + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER record_counts_on_insert_or_delete AFTER INSERT OR DELETE ON record_entries
  FOR EACH ROW EXECUTE FUNCTION record_counts_follow();

CREATE TRIGGER record_counts_on_move AFTER UPDATE OF snils, section ON record_entries
  FOR EACH ROW WHEN (OLD.snils IS DISTINCT FROM NEW.snils OR OLD.section IS DISTINCT FROM NEW.section)
  EXECUTE FUNCTION record_counts_follow();
