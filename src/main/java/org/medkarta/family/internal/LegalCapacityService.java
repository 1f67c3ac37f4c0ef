package org.medkarta.family.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.Snils;
import org.medkarta.family.ChildId;
import org.medkarta.family.FullLegalCapacityRecorded;
import org.medkarta.family.LegalCapacityKind;
import org.medkarta.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full legal capacity before 18 (DOMAIN.md §5): emancipation (Civil Code art. 27, from
 * 16) or marriage (Family Code art. 13, from 14 where a region allows it), recorded by an
 * operator on the child. Parental access ends from that day.
 */
@Service
class LegalCapacityService {

	static final int EMANCIPATION_AGE = 16;

	static final int MARRIAGE_AGE = 14;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalCapacityService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records full capacity from {@code on}; a child who already has it, or a date the
	 * child's age rules out, is refused and nothing changes.
	 */
	@Transactional
	@PreAuthorize("hasRole('OPERATOR')")
	Recording record(AccountId operator, Snils snils, LocalDate on, LegalCapacityKind kind) {
		Optional<Child> child = this.jdbc
			.sql("SELECT id, birth_date, full_capacity_on FROM children WHERE snils = :snils FOR UPDATE")
			.param("snils", snils.value())
			.query((rs, row) -> new Child(rs.getObject("id", UUID.class), rs.getDate("birth_date").toLocalDate(),
					rs.getDate("full_capacity_on") != null))
			.optional();
		if (child.isEmpty()) {
			return Recording.UNKNOWN_CHILD;
		}
		if (child.get().hasFullCapacity()) {
			return Recording.ALREADY_RECORDED;
		}
		LocalDate birth = child.get().birthDate();
		if (!on.isBefore(birth.plusYears(18))) {
			return Recording.ADULT_BY_THEN;
		}
		int age = (kind == LegalCapacityKind.EMANCIPATION) ? EMANCIPATION_AGE : MARRIAGE_AGE;
		if (on.isBefore(birth.plusYears(age))) {
			return Recording.TOO_YOUNG;
		}
		this.jdbc
			.sql("UPDATE children SET full_capacity_on = :on, full_capacity_kind = :kind, "
					+ "full_capacity_recorded_at = :now, full_capacity_recorded_by = :by WHERE id = :id")
			.param("on", Date.valueOf(on))
			.param("kind", kind.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", operator.value())
			.param("id", child.get().id())
			.update();
		this.events.publishEvent(new FullLegalCapacityRecorded(new ChildId(child.get().id()), on, kind));
		return Recording.RECORDED;
	}

	private record Child(UUID id, LocalDate birthDate, boolean hasFullCapacity) {
	}

	enum Recording {

		RECORDED, UNKNOWN_CHILD, ALREADY_RECORDED, ADULT_BY_THEN, TOO_YOUNG

	}

}
