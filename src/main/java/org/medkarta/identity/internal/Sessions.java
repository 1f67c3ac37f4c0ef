package org.medkarta.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on the server, as changing the phone or resetting the
 * password must.
 */
@Component
class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
		this.repository = repository;
	}

	/**
	 * Ends every session of the account except the one with the given id (may be null).
	 */
	void endAllExcept(Account account, String keepSessionId) {
		this.repository.findByPrincipalName(account.id().toString())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keepSessionId))
			.forEach(this.repository::deleteById);
	}

}
