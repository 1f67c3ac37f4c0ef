package org.medkarta.reminders.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.appointments.Appointments;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.Snils;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;
import org.medkarta.records.VaccinationRecords;
import org.medkarta.vaccination.Schedule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out which reminders are due and queues them, once per account and key: a queued
 * key is never queued again, so running this any number of times, on any number of nodes,
 * queues each reminder once.
 */
@Component
class ReminderQueue {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	/** Vaccinations due within so many days are reminded of, and overdue ones. */
	static final int VACCINE_DAYS = 14;

	/** No clinic reminds of a visit earlier than this. */
	static final Duration LONGEST_LEAD = Duration.ofHours(72);

	static final String SEPARATOR = "\u001f";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Appointments appointments;

	private final Guardianships guardianships;

	private final VaccinationRecords vaccinations;

	private final Clinics clinics;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReminderQueue(Appointments appointments, Guardianships guardianships, VaccinationRecords vaccinations,
			Clinics clinics, JdbcTemplate jdbc, Clock clock) {
		this.appointments = appointments;
		this.guardianships = guardianships;
		this.vaccinations = vaccinations;
		this.clinics = clinics;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A reminder to queue. */
	record Due(AccountId account, String key, String kind, UUID child, UUID booking, Instant startsAt,
			List<String> arguments, String link) {
	}

	/**
	 * Queues the visit reminders that have come due: a reminder's time is the clinic's
	 * lead before the visit; it is due once that time has passed, if the visit was booked
	 * before it and has not begun.
	 * @return how many were queued now
	 */
	int queueVisits() {
		Instant now = this.clock.instant();
		Map<ClinicId, List<Duration>> leads = new HashMap<>();
		Map<ClinicId, Optional<Clinic>> places = new HashMap<>();
		List<Due> due = new ArrayList<>();
		for (Appointments.Visit visit : this.appointments.startingBetween(now, now.plus(LONGEST_LEAD))) {
			for (Duration lead : leads.computeIfAbsent(visit.clinic(), this.appointments::reminderLeads)) {
				Instant at = visit.startsAt().minus(lead);
				if (at.isAfter(now) || visit.bookedAt().isAfter(at)) {
					continue;
				}
				Optional<ChildFacts> child = this.guardianships.child(visit.child());
				Optional<Clinic> clinic = places.computeIfAbsent(visit.clinic(), this.clinics::find);
				if (child.isEmpty()) {
					continue;
				}
				List<String> arguments = List.of("txt:" + child.get().name().full(),
						"msg:appointments.specialty." + visit.specialty().name(), "txt:" + visit.doctor(),
						"txt:" + WHEN.format(visit.startsAt().atZone(MOSCOW)), "txt:" + where(clinic));
				for (AccountId guardian : guardians(visit)) {
					due.add(new Due(guardian, "visit:" + visit.id() + ":" + lead.toHours() + "h", "VISIT",
							visit.child().value(), visit.id(), visit.startsAt(), arguments, "/appointments"));
				}
			}
		}
		return queue(due);
	}

	/**
	 * Queues the vaccination reminders of the day: for every child with a verified
	 * guardian, the doses of the national calendar due within 14 days or overdue, by the
	 * vaccinations in the child's record.
	 * @return how many were queued now
	 */
	int queueVaccinations() {
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		int queued = 0;
		org.medkarta.family.ChildId after = null;
		while (true) {
			List<Guardianships.Guardian> page = this.guardianships.verifiedGuardians(today.minusYears(18), after, PAGE);
			if (page.isEmpty()) {
				return queued;
			}
			queued += queueVaccinations(page, today);
			after = page.get(page.size() - 1).child().id();
		}
	}

	/**
	 * Children are read {@value} at a time, so memory stays flat however many there are.
	 */
	static final int PAGE = 2000;

	private int queueVaccinations(List<Guardianships.Guardian> page, LocalDate today) {
		Map<ChildFacts, List<AccountId>> families = new LinkedHashMap<>();
		for (Guardianships.Guardian guardian : page) {
			families.computeIfAbsent(guardian.child(), (child) -> new ArrayList<>()).add(guardian.account());
		}
		Map<Snils, List<Schedule.Given>> given = this.vaccinations
			.given(families.keySet().stream().map(ChildFacts::snils).toList());
		Map<Snils, Clinic> places = this.clinics
			.clinicsOfChildren(families.keySet().stream().map(ChildFacts::snils).toList());
		List<Due> due = new ArrayList<>();
		families.forEach((child, guardians) -> {
			for (Schedule.Line line : Schedule.of(child.birthDate(), today,
					given.getOrDefault(child.snils(), List.of()), false)) {
				if (!line.dueWithin(today, VACCINE_DAYS)) {
					continue;
				}
				Optional<Clinic> clinic = Optional.ofNullable(places.get(child.snils()));
				List<String> arguments = List.of("txt:" + child.name().full(),
						"msg:record.disease." + line.dose().disease().name(), "txt:" + line.dose().label(),
						"txt:" + DAY.format(line.dueOn()), "txt:" + where(clinic));
				String key = "vaccine:" + child.id().value() + ":" + line.dose().disease().name() + ":"
						+ line.dose().label() + ":" + line.dueOn();
				for (AccountId guardian : guardians) {
					due.add(new Due(guardian, key, "VACCINE", child.id().value(), null, null, arguments,
							"/records/children/" + child.id().value() + "/vaccinations"));
				}
			}
		});
		return queue(due);
	}

	private List<AccountId> guardians(Appointments.Visit visit) {
		return this.guardianships.otherVerifiedGuardians(visit.child(), new AccountId(new UUID(0, 0)));
	}

	private static String where(Optional<Clinic> clinic) {
		return clinic.map((found) -> found.shortName() + ", " + found.address()).orElse("—");
	}

	/** Inserts in batches; a key already queued for the account is left as it is. */
	private int queue(List<Due> due) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int queued = 0;
		for (int from = 0; from < due.size(); from += 1000) {
			List<Due> batch = due.subList(from, Math.min(due.size(), from + 1000));
			int[][] counts = this.jdbc.batchUpdate(
					"INSERT INTO reminders (id, account_id, reminder_key, kind, child_id, booking_id, starts_at, "
							+ "arguments, link, queued_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED') "
							+ "ON CONFLICT ON CONSTRAINT reminders_once DO NOTHING",
					batch, batch.size(), (statement, one) -> {
						statement.setObject(1, UUID.randomUUID());
						statement.setObject(2, one.account().value());
						statement.setString(3, one.key());
						statement.setString(4, one.kind());
						statement.setObject(5, one.child());
						statement.setObject(6, one.booking());
						statement.setTimestamp(7, (one.startsAt() != null) ? Timestamp.from(one.startsAt()) : null);
						statement.setString(8, String.join(SEPARATOR, one.arguments()));
						statement.setString(9, one.link());
						statement.setTimestamp(10, now);
					});
			for (int[] counted : counts) {
				for (int count : counted) {
					queued += Math.max(count, 0);
				}
			}
		}
		return queued;
	}

}
