package org.medkarta.access;

import java.util.List;
import java.util.UUID;

import org.medkarta.identity.AccountId;

/**
 * Someone must be told about an access request: published in the same transaction as the
 * change, handled after commit through the event publication registry. The id makes each
 * notice unique, so a retried event is not delivered twice.
 *
 * @param id unique for this notice
 * @param recipient who is told
 * @param kind what happened
 * @param arguments the arguments of the texts: the child's name, the clinic's short name,
 * then what the kind needs (a reason, a date)
 * @param link the page of the portal the notice leads to
 */
public record AccessNotice(UUID id, AccountId recipient, NoticeKind kind, List<String> arguments, String link) {

	public AccessNotice {
		arguments = List.copyOf(arguments);
	}

}
