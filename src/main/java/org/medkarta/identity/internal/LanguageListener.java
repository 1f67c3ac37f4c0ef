package org.medkarta.identity.internal;

import java.time.Clock;

import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.LanguageChosen;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the language a signed-in person chose, so SMS and e-mail speak it too.
 */
@Component
class LanguageListener {

	private final AccountRepository accounts;

	private final Clock clock;

	LanguageListener(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(LanguageChosen event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount current) {
			this.accounts.findById(current.id().value()).ifPresent((account) -> {
				account.useLocale(event.locale(), this.clock.instant());
				this.accounts.save(account);
			});
		}
	}

}
