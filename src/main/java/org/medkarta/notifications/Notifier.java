package org.medkarta.notifications;

import java.util.List;
import java.util.Set;

import org.medkarta.identity.AccountId;

/**
 * Tells an account something over the channels asked for: «Уведомления», e-mail (when the
 * account has a confirmed address) and SMS. Each channel delivers a notice at most once
 * per key, so a retried job or a second node sends nothing twice.
 */
public interface Notifier {

	/**
	 * Delivers the notice now on each channel not yet used for its key.
	 * @return the channels it went out on this time
	 */
	Set<Channel> send(AccountId to, Notice notice, Set<Channel> channels);

	/** Where a notice can go. */
	enum Channel {

		INBOX, EMAIL, SMS

	}

	/**
	 * A notice as the reader will see it, in their language.
	 *
	 * @param titleKey the title's message key (the e-mail's subject too)
	 * @param bodyKey the body's message key (the SMS text too)
	 * @param arguments the arguments of both: {@code msg:key} for a message in the
	 * reader's language, {@code txt:…} for text shown as it is, anything else as it is
	 * @param link a path of the site the notice leads to
	 * @param key what makes the notice unique for its reader
	 */
	record Notice(String titleKey, String bodyKey, List<String> arguments, String link, String key) {

		public Notice {
			arguments = List.copyOf(arguments);
		}

	}

}
