-- The record is read newest first with undated entries last and the id as the tie-break
-- (ORDER BY occurred_at DESC NULLS LAST, id). The indexes now hold that order, so "the
-- five latest visits" reads five rows instead of every visit of the person, sorted.
-- A descending index puts NULLs first unless told otherwise.
CREATE INDEX record_entries_newest ON record_entries (snils, section, occurred_at DESC NULLS LAST, id);
DROP INDEX record_entries_by_person;

CREATE INDEX record_entries_newest_out_of_range ON record_entries (snils, occurred_at DESC NULLS LAST, id)
  WHERE out_of_range;
DROP INDEX record_entries_out_of_range;
