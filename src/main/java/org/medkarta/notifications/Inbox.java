package org.medkarta.notifications;

import java.util.List;
import java.util.UUID;

/**
 * The in-app inbox «Уведомления» of each account. Other modules post to it, usually from
 * their event listeners.
 */
public interface Inbox {

	/**
	 * Posts a message. Posting again with the same {@code dedupKey} for the same account
	 * does nothing, so a retried event does not post twice.
	 */
	void post(UUID account, InboxMessage message);

	long unreadCount(UUID account);

	/**
	 * A message as the reader will see it, in their language: keys into the message files
	 * and their arguments.
	 *
	 * @param titleKey the title's key
	 * @param bodyKey the body's key
	 * @param arguments the arguments of both
	 * @param link a path of the site the message leads to, or {@code null}
	 * @param dedupKey what makes this message unique for the account, or {@code null}
	 */
	record InboxMessage(String titleKey, String bodyKey, List<String> arguments, String link, String dedupKey) {

		public InboxMessage {
			arguments = List.copyOf(arguments);
		}

		/**
		 * An argument shown exactly as written, even when someone typed something that
		 * looks like a message key ({@code msg:…}): for text from people, such as a
		 * reason.
		 */
		public static String literal(String text) {
			return "txt:" + text;
		}

	}

}
