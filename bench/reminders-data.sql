-- Data for the reminder benchmark (docs/BENCHMARKS.md): :children children (0 to 17 years
-- old), two to a parent, each attached to the first clinic, with the vaccinations of the
-- national calendar a child of that age has had, one dose in ten missed. Written straight
-- into the tables: 100,000 families through the pages would take hours; the reminder job
-- reads them through the same module APIs as any other data. Run on a database the app
-- has migrated (and loaded its demo data into): psql -v children=100000 -f this file.
\set ON_ERROR_STOP on
BEGIN;

CREATE FUNCTION pg_temp.snils(nine text) RETURNS char(11) LANGUAGE sql IMMUTABLE AS $$
  SELECT nine || lpad((CASE WHEN s < 100 THEN s WHEN s IN (100, 101) THEN 0
                            WHEN s % 101 = 100 THEN 0 ELSE s % 101 END)::text, 2, '0')
  FROM (SELECT sum(substr(nine, i, 1)::int * (10 - i)) AS s FROM generate_series(1, 9) i) t
$$;

CREATE TEMP TABLE bench_children AS
SELECT i, gen_random_uuid() AS id, pg_temp.snils('8' || lpad(i::text, 8, '0')) AS snils,
       current_date - ((i * 37) % (17 * 365)) AS born
FROM generate_series(0, :children - 1) i;

INSERT INTO accounts (id, phone, trust_level, created_at, updated_at)
SELECT gen_random_uuid(), '+7903' || lpad(j::text, 7, '0'), 'STANDARD', now(), now()
FROM generate_series(0, (:children - 1) / 2) j;

INSERT INTO children (id, snils, surname, name, patronymic, birth_date, certificate_series, certificate_number,
                      certificate_issued_on, created_at, created_by)
SELECT c.id, c.snils, 'Нагрузочный', 'Ребёнок', 'Тестович', c.born, 'I-АК', lpad((c.i % 1000000)::text, 6, '0'),
       c.born + 10, now(), a.id
FROM bench_children c JOIN accounts a ON a.phone = '+7903' || lpad((c.i / 2)::text, 7, '0');

INSERT INTO guardianships (id, account_id, child_id, status, verified_by_registry, submitted_at, decided_at, version)
SELECT gen_random_uuid(), a.id, c.id, 'VERIFIED', TRUE, now(), now(), 0
FROM bench_children c JOIN accounts a ON a.phone = '+7903' || lpad((c.i / 2)::text, 7, '0');

INSERT INTO clinic_attachments (child_snils, clinic_id, since, changed_at)
SELECT c.snils, (SELECT id FROM clinics ORDER BY short_name LIMIT 1), c.born, now() FROM bench_children c;

-- The calendar's doses a child is given, by the day of life they are given on.
CREATE TEMP TABLE bench_doses (n int, title text, age_days int);
INSERT INTO bench_doses VALUES
  (1, 'Вакцина против гепатита B (Регевак В)', 0), (2, 'БЦЖ-М', 4), (3, 'Вакцина против гепатита B (Регевак В)', 30),
  (4, 'Превенар 13 (пневмококковая)', 60), (5, 'АКДС', 90), (6, 'Имовакс Полио', 90), (7, 'Акт-ХИБ', 90),
  (8, 'АКДС', 135), (9, 'Имовакс Полио', 135), (10, 'Акт-ХИБ', 135), (11, 'Превенар 13 (пневмококковая)', 135),
  (12, 'АКДС', 180), (13, 'Полимилекс (полиомиелит)', 180), (14, 'Вакцина против гепатита B (Регевак В)', 180),
  (15, 'Вакцина против кори, краснухи, паротита (Вактривир)', 365), (16, 'Превенар 13 (пневмококковая)', 450),
  (17, 'АКДС, ревакцинация', 540), (18, 'Полимилекс (полиомиелит), ревакцинация', 540),
  (19, 'Акт-ХИБ, ревакцинация', 540), (20, 'Полимилекс (полиомиелит), ревакцинация', 600),
  (21, 'Вакцина против кори, краснухи, паротита (Вактривир)', 2190), (22, 'АДС-М, ревакцинация', 2190),
  (23, 'Полимилекс (полиомиелит), ревакцинация', 2190), (24, 'БЦЖ-М, ревакцинация', 2555),
  (25, 'АДС-М, ревакцинация', 5110), (26, 'Вакцина против ВПЧ', 4380);

INSERT INTO record_entries (id, snils, clinic_id, resource_type, source_id, section, occurred_at, title, details,
                            resource, received_at, updated_at)
SELECT gen_random_uuid(), c.snils, (SELECT id FROM clinics ORDER BY short_name LIMIT 1), 'Immunization',
       'bench-' || c.i || '-' || d.n, 'VACCINATIONS', (c.born + d.age_days + (c.i % 20))::timestamptz, d.title,
       '{}'::jsonb, '{}'::jsonb, now(), now()
FROM bench_children c JOIN bench_doses d ON c.born + d.age_days + (c.i % 20) < current_date
WHERE (c.i * 31 + d.n * 17) % 10 <> 0;

COMMIT;
ANALYZE;
