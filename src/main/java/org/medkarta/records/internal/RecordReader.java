package org.medkarta.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.Snils;
import org.medkarta.vaccination.Schedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a person's record for the pages: the overview and one section at a time, newest
 * first, with filters. Callers have asked the access policy before.
 */
@Service
@Transactional(readOnly = true)
class RecordReader implements org.medkarta.records.VaccinationRecords {

	static final int PAGE_SIZE = 20;

	/**
	 * A lab result outside its reference range: the column is worked out by the database
	 * when the entry is stored (V20), and indexed.
	 */
	private static final String OUT_OF_RANGE = "e.out_of_range";

	/**
	 * The columns an entry is shown from ({@link #shown}): not the FHIR resource as the
	 * clinic sent it, which for a document holds the whole file.
	 */
	private static final String SHOWN = "e.id, e.section, e.resource_type, e.occurred_at, e.title, e.code_system, "
			+ "e.code, e.details, e.clinic_id, e.out_of_range";

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clinics clinics;

	private final java.util.concurrent.ConcurrentHashMap<UUID, Named> names = new java.util.concurrent.ConcurrentHashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	RecordReader(JdbcClient jdbc, Clinics clinics) {
		this.jdbc = jdbc;
		this.clinics = clinics;
	}

	/** What the overview shows beside the counts, each list newest first. */
	record Overview(Map<Section, Long> counts, List<Shown> visits, List<Shown> abnormal, List<Shown> vaccinations,
			List<Shown> documents, List<Schedule.Line> schedule) {
	}

	/**
	 * Everything the overview shows, in one statement, so in one snapshot of the data
	 * without a transaction around it: how many entries each section holds (kept by a
	 * trigger as entries are written, V22), the latest visits, documents, vaccinations
	 * and out-of-range results, and the name and day of every vaccination for the
	 * schedule.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	Overview overview(org.medkarta.family.ChildFacts person, java.time.LocalDate today, int limit) {
		Map<Section, Long> counts = new java.util.EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			counts.put(section, 0L);
		}
		List<Shown> visits = new ArrayList<>();
		List<Shown> abnormal = new ArrayList<>();
		List<Shown> vaccinations = new ArrayList<>();
		List<Shown> documents = new ArrayList<>();
		List<Schedule.Given> given = new ArrayList<>();
		String newest = " ORDER BY e.occurred_at DESC NULLS LAST, e.id";
		this.jdbc.sql("(SELECT 'V' AS part, " + SHOWN + ", 0 AS n"
				+ " FROM record_entries e WHERE e.snils = :snils AND e.section = 'VISITS'" + newest
				+ " LIMIT :limit) UNION ALL (SELECT 'D' AS part, " + SHOWN + ", 0 FROM record_entries e "
				+ "WHERE e.snils = :snils AND e.section = 'DOCUMENTS'" + newest + " LIMIT :limit) UNION ALL ("
				+ "SELECT 'A' AS part, " + SHOWN + ", 0 FROM record_entries e WHERE e.snils = :snils AND "
				+ OUT_OF_RANGE + newest + " LIMIT :limit) UNION ALL (SELECT 'I' AS part, " + SHOWN
				+ ", 0 FROM record_entries e WHERE e.snils = :snils AND e.section = 'VACCINATIONS'" + newest
				+ " LIMIT :limit) UNION ALL (SELECT 'G', NULL, NULL, NULL, e.occurred_at, e.title, NULL, NULL, "
				+ "NULL, NULL, NULL, 0 FROM record_entries e WHERE e.snils = :snils AND e.section = 'VACCINATIONS'"
				+ newest + ") UNION ALL (SELECT 'C', NULL, c.section, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
				+ "c.entries FROM record_counts c WHERE c.snils = :snils)")
			.param("snils", person.snils().value())
			.param("limit", limit)
			.query((rs) -> {
				switch (rs.getString("part")) {
					case "V" -> visits.add(shown(rs));
					case "D" -> documents.add(shown(rs));
					case "A" -> abnormal.add(shown(rs));
					case "I" -> vaccinations.add(shown(rs));
					case "G" -> given.add(given(rs.getString("title"), rs.getTimestamp("occurred_at")));
					default -> counts.put(Section.valueOf(rs.getString("section")), rs.getLong("n"));
				}
			});
		return new Overview(counts, visits, abnormal, vaccinations, documents,
				Schedule.of(person.birthDate(), today, given, false));
	}

	/** A vaccination as the schedule matches it: by its name and the day it was given. */
	private static Schedule.Given given(String title, Timestamp at) {
		return new Schedule.Given(title,
				(at != null) ? at.toInstant().atZone(RecordController.MOSCOW).toLocalDate() : null);
	}

	/**
	 * One page of the given sections, newest first. One more row than the page is read,
	 * so the caller knows whether there is a next page.
	 */
	List<Shown> page(Snils person, List<Section> sections, Filter filter, int page, int size) {
		StringBuilder sql = new StringBuilder(
				"SELECT " + SHOWN + " FROM record_entries e WHERE e.snils = :snils AND e.section IN (:sections)");
		if (filter.from() != null) {
			sql.append(" AND e.occurred_at >= :from");
		}
		if (filter.until() != null) {
			sql.append(" AND e.occurred_at < :until");
		}
		if (filter.clinic() != null) {
			sql.append(" AND e.clinic_id = :clinic");
		}
		if (filter.text() != null) {
			sql.append(" AND e.title ILIKE :text ESCAPE '\\'");
		}
		sql.append(" ORDER BY e.occurred_at DESC NULLS LAST, e.id LIMIT :limit OFFSET :offset");
		JdbcClient.StatementSpec query = this.jdbc.sql(sql.toString())
			.param("snils", person.value())
			.param("sections", sections.stream().map(Enum::name).toList())
			.param("limit", size + 1)
			.param("offset", (long) page * size);
		if (filter.from() != null) {
			query = query.param("from", Timestamp.from(filter.from()));
		}
		if (filter.until() != null) {
			query = query.param("until", Timestamp.from(filter.until()));
		}
		if (filter.clinic() != null) {
			query = query.param("clinic", filter.clinic());
		}
		if (filter.text() != null) {
			query = query.param("text",
					"%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return query.query((rs, row) -> shown(rs)).list();
	}

	/** The results of one lab test, oldest first, at most 500. */
	List<Shown> test(Snils person, String code) {
		return this.jdbc
			.sql("SELECT " + SHOWN + " FROM record_entries e WHERE e.snils = :snils AND e.section = 'LAB_RESULTS' "
					+ "AND e.code = :code ORDER BY e.occurred_at NULLS FIRST, e.id LIMIT 500")
			.param("snils", person.value())
			.param("code", code)
			.query((rs, row) -> shown(rs))
			.list();
	}

	/** The file of one of the person's documents; empty for anything else. */
	Optional<Attachment> attachment(Snils person, UUID entry) {
		return this.jdbc
			.sql("SELECT a.content_type, a.content, e.occurred_at FROM record_attachments a "
					+ "JOIN record_entries e ON e.id = a.entry_id WHERE a.entry_id = :entry AND e.snils = :snils")
			.param("entry", entry)
			.param("snils", person.value())
			.query((rs, row) -> new Attachment(rs.getString("content_type"), rs.getBytes("content"),
					(rs.getTimestamp("occurred_at") != null) ? rs.getTimestamp("occurred_at").toInstant() : null))
			.optional();
	}

	record Attachment(String contentType, byte[] content, Instant at) {
	}

	/**
	 * The person's schedule against the national calendar. The portal does not know who
	 * is in a risk group for hepatitis B, so the schedule is the one for children outside
	 * them: the risk-group doses show as not needed.
	 */
	@Override
	public List<Schedule.Line> schedule(org.medkarta.family.ChildFacts person, java.time.LocalDate today) {
		return Schedule.of(person.birthDate(), today, vaccinations(person.snils()), false);
	}

	@Override
	public java.util.Map<Snils, List<Schedule.Given>> given(java.util.Collection<Snils> people) {
		java.util.Map<Snils, List<Schedule.Given>> given = new java.util.HashMap<>();
		List<String> all = people.stream().map(Snils::value).toList();
		for (int from = 0; from < all.size(); from += 10_000) {
			this.jdbc
				.sql("SELECT snils, title, occurred_at FROM record_entries WHERE section = 'VACCINATIONS' "
						+ "AND snils IN (:people)")
				.param("people", all.subList(from, Math.min(all.size(), from + 10_000)))
				.query((rs) -> {
					given.computeIfAbsent(new Snils(rs.getString("snils")), (key) -> new java.util.ArrayList<>())
						.add(given(rs.getString("title"), rs.getTimestamp("occurred_at")));
				});
		}
		return given;
	}

	/** The vaccinations given, by vaccine name and day in Moscow, for the calendar. */
	private List<Schedule.Given> vaccinations(Snils person) {
		return this.jdbc
			.sql("SELECT title, occurred_at FROM record_entries WHERE snils = :snils AND section = 'VACCINATIONS'")
			.param("snils", person.value())
			.query((rs, row) -> given(rs.getString("title"), rs.getTimestamp("occurred_at")))
			.list();
	}

	/** The clinics that sent entries for the person, for the filter. */
	List<ClinicOption> clinicsOf(Snils person) {
		return this.jdbc.sql("SELECT DISTINCT clinic_id FROM record_entries WHERE snils = :snils")
			.param("snils", person.value())
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> new ClinicOption(id, clinicName(id)))
			.sorted(java.util.Comparator.comparing(ClinicOption::name))
			.toList();
	}

	private Shown shown(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("occurred_at");
		return new Shown(rs.getObject("id", UUID.class), Section.valueOf(rs.getString("section")),
				rs.getString("resource_type"), (at != null) ? at.toInstant() : null, rs.getString("title"),
				rs.getString("code_system"), rs.getString("code"),
				this.json.readValue(rs.getString("details"), DETAILS),
				clinicName(rs.getObject("clinic_id", UUID.class)), rs.getBoolean("out_of_range"));
	}

	/**
	 * A clinic's short name. Names are kept for a minute: a record page shows dozens of
	 * entries from a few clinics, and clinics are renamed seldom if ever.
	 */
	private String clinicName(UUID clinic) {
		long now = System.nanoTime();
		Named named = this.names.get(clinic);
		if (named == null || now - named.at() > java.util.concurrent.TimeUnit.MINUTES.toNanos(1)) {
			named = new Named(this.clinics.find(new ClinicId(clinic)).map(Clinic::shortName).orElse("—"), now);
			this.names.put(clinic, named);
		}
		return named.name();
	}

	private record Named(String name, long at) {
	}

	/**
	 * A page's filters; {@code null} fields do not filter.
	 *
	 * @param from from this moment on
	 * @param until before this moment
	 * @param clinic only this clinic's entries
	 * @param text the title contains this text (any case)
	 */
	record Filter(Instant from, Instant until, UUID clinic, String text) {

		static final Filter NONE = new Filter(null, null, null, null);

	}

	/**
	 * An entry as the pages show it.
	 *
	 * @param id the entry
	 * @param section its section
	 * @param resourceType its FHIR type
	 * @param at when it happened
	 * @param title what it is
	 * @param codeSystem the code's system
	 * @param code the code
	 * @param details what else the clinic sent
	 * @param clinic the clinic's short name
	 * @param abnormal a lab result outside its reference range (column
	 * {@code out_of_range})
	 */
	record Shown(UUID id, Section section, String resourceType, Instant at, String title, String codeSystem,
			String code, Map<String, Object> details, String clinic, boolean abnormal) {

		private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
			.ofPattern("dd.MM.yyyy")
			.withZone(RecordController.MOSCOW);

		private static final List<String> NOTES = List.of("reason", "dosage", "description");

		public Object detail(String key) {
			return this.details.get(key);
		}

		/**
		 * The day it happened, in Moscow, as people write it; {@code null} when unknown.
		 */
		public String day() {
			return (this.at != null) ? DAY.format(this.at) : null;
		}

		/** A diagnosis rather than a visit. */
		public boolean diagnosis() {
			return this.section == Section.DIAGNOSES;
		}

		/** A lab result with a code, which has a chart. */
		public boolean charted() {
			return this.section == Section.LAB_RESULTS && this.code != null;
		}

		/** A document with a file to open. */
		public boolean file() {
			return this.section == Section.DOCUMENTS && this.details.get("size") != null;
		}

		/**
		 * A measured value as people read it: at most two decimals (devices report more
		 * digits than they measure), in Russian with a decimal comma.
		 */
		public String value() {
			return number(this.details.get("value"));
		}

		/** Whether the entry carries a measured value. */
		public boolean measured() {
			return this.details.get("value") != null;
		}

		/** Whether a reference range is known, at either end. */
		public boolean ranged() {
			return this.details.get("low") != null || this.details.get("high") != null;
		}

		/** The value's unit, or {@code null}. */
		public Object unit() {
			return this.details.get("unit");
		}

		/** A result's text, when the clinic sent text instead of a number. */
		public Object text() {
			return this.details.get("text");
		}

		/**
		 * What the list shows under the title, each a paragraph: the visit's reason, the
		 * prescription's dosage, the document's description.
		 */
		public List<Object> notes() {
			List<Object> notes = new ArrayList<>(1);
			for (String key : NOTES) {
				Object note = this.details.get(key);
				if (note != null) {
					notes.add(note);
				}
			}
			return notes;
		}

		/** The range's lower limit as people read it. */
		public String low() {
			return number(this.details.get("low"));
		}

		/** The range's upper limit as people read it. */
		public String high() {
			return number(this.details.get("high"));
		}

		private static String number(Object value) {
			if (value == null) {
				return null;
			}
			try {
				java.math.BigDecimal number = new java.math.BigDecimal(value.toString())
					.setScale(2, java.math.RoundingMode.HALF_UP)
					.stripTrailingZeros();
				return number.toPlainString().replace('.', ',');
			}
			catch (NumberFormatException ex) {
				return value.toString();
			}
		}

		/** An ICD-10 code, shown next to a diagnosis. */
		public boolean icd10() {
			return this.codeSystem != null && EntryReader.ICD10.contains(this.codeSystem);
		}

		/**
		 * The clinic marked the value abnormal, or it lies outside the reference range,
		 * as the database worked it out when the entry was stored; the overview's list of
		 * such results reads the same column.
		 */
		public boolean outOfRange() {
			return this.abnormal;
		}

	}

	record ClinicOption(UUID id, String name) {
	}

	static List<Shown> firstPage(List<Shown> rows, int size) {
		return new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
	}

}
