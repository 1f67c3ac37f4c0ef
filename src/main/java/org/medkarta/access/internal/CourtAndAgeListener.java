package org.medkarta.access.internal;

import java.time.LocalDate;

import org.medkarta.family.CourtRestrictionRecorded;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.FullLegalCapacityRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What family records changes access: a court restriction ends the guardian's requests
 * and grant for the child; full legal capacity ends every grant for the child. The policy
 * refuses from the same moment anyway; these bring the requests' states in line and tell
 * the people concerned.
 */
@Component
class CourtAndAgeListener {

	private final RequestService requests;

	private final CourtRestrictions restrictions;

	private final Sweeps sweeps;

	CourtAndAgeListener(RequestService requests, CourtRestrictions restrictions, Sweeps sweeps) {
		this.requests = requests;
		this.restrictions = restrictions;
		this.sweeps = sweeps;
	}

	@ApplicationModuleListener
	void on(CourtRestrictionRecorded event) {
		LocalDate today = this.requests.today();
		this.restrictions.activeReason(event.guardian(), event.child(), today)
			.ifPresent((reason) -> this.requests.restrict(event.guardian(), event.child(), reason));
	}

	@ApplicationModuleListener
	void on(FullLegalCapacityRecorded event) {
		this.requests.fullCapacity(event.child(), event.on());
		this.sweeps.expire();
	}

}
