package org.medkarta.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the application "sent" from the dev outbox, as a person trying the demo
 * reads {@code /dev/outbox}.
 */
public final class Outbox {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

	private final JdbcClient jdbc;

	public Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String lastSmsTo(String phone) {
		return this.jdbc
			.sql("SELECT body FROM dev_outbox WHERE channel = 'SMS' AND recipient = :to ORDER BY seq DESC " + "LIMIT 1")
			.param("to", phone)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("No SMS to " + phone));
	}

	public String lastCodeTo(String phone) {
		Matcher matcher = CODE.matcher(lastSmsTo(phone));
		if (!matcher.find()) {
			throw new AssertionError("The last SMS to " + phone + " holds no code");
		}
		return matcher.group(1);
	}

	public long smsCountTo(String phone) {
		return this.jdbc.sql("SELECT count(*) FROM dev_outbox WHERE channel = 'SMS' AND recipient = :to")
			.param("to", phone)
			.query(Long.class)
			.single();
	}

	public String lastLinkTo(String email) {
		String body = this.jdbc
			.sql("SELECT body FROM dev_outbox WHERE channel = 'EMAIL' AND recipient = :to ORDER BY seq DESC "
					+ "LIMIT 1")
			.param("to", email)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("No e-mail to " + email));
		Matcher matcher = LINK.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("The last e-mail to " + email + " holds no link");
		}
		return matcher.group(1);
	}

}
