-- A lab result outside its reference range, by the clinic's interpretation or by the
-- value against the range, worked out once when the entry is stored (and again when a
-- clinic sends it anew) instead of on every view of the record's overview. Numbers are
-- compared only when they look like numbers, so a stray value never fails an import.
ALTER TABLE record_entries ADD COLUMN out_of_range boolean GENERATED ALWAYS AS (
  section = 'LAB_RESULTS' AND (
    details->>'interpretation' IN ('H', 'L', 'HH', 'LL', 'A', 'AA', 'HU', 'LU')
    OR (details->>'value' ~ '^-?[0-9]+(\.[0-9]+)?$' AND (
      (details->>'high' ~ '^-?[0-9]+(\.[0-9]+)?$' AND (details->>'value')::numeric > (details->>'high')::numeric)
      OR (details->>'low' ~ '^-?[0-9]+(\.[0-9]+)?$' AND (details->>'value')::numeric < (details->>'low')::numeric)))
  )
) STORED;

CREATE INDEX record_entries_out_of_range ON record_entries (snils, occurred_at DESC) WHERE out_of_range;
