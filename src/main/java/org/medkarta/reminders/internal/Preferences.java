package org.medkarta.reminders.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.medkarta.identity.AccountId;
import org.medkarta.notifications.Notifier.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account's reminder preferences, with the defaults for those who never changed them:
 * on, visits by «Уведомления», e-mail and SMS, vaccinations by «Уведомления» and e-mail,
 * quiet from 22:00 to 08:00 Moscow time.
 */
@Component
class Preferences {

	/** The time zones of Russia a family can choose, west to east. */
	static final List<String> ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
			"Asia/Yekaterinburg", "Asia/Omsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
			"Asia/Magadan", "Asia/Kamchatka");

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an account wants.
	 *
	 * @param enabled reminders at all
	 * @param visits channels for visits
	 * @param vaccines channels for vaccinations
	 * @param quietFrom quiet hours start
	 * @param quietTo and end
	 * @param zone the account's time zone
	 */
	record Prefs(boolean enabled, Set<Channel> visits, Set<Channel> vaccines, LocalTime quietFrom, LocalTime quietTo,
			ZoneId zone) {

		static final Prefs DEFAULT = new Prefs(true, EnumSet.allOf(Channel.class),
				EnumSet.of(Channel.INBOX, Channel.EMAIL), LocalTime.of(22, 0), LocalTime.of(8, 0),
				ZoneId.of("Europe/Moscow"));

		/** Whether the moment falls in the quiet hours, in the account's zone. */
		boolean quietAt(java.time.Instant now) {
			LocalTime time = now.atZone(this.zone).toLocalTime();
			if (this.quietFrom.equals(this.quietTo)) {
				return false;
			}
			return this.quietFrom.isAfter(this.quietTo) ? !time.isBefore(this.quietFrom) || time.isBefore(this.quietTo)
					: !time.isBefore(this.quietFrom) && time.isBefore(this.quietTo);
		}

		Set<Channel> channels(String kind) {
			return "VISIT".equals(kind) ? this.visits : this.vaccines;
		}

		public boolean has(String kind, String channel) {
			return channels(kind).contains(Channel.valueOf(channel));
		}

	}

	Prefs of(AccountId account) {
		return this.jdbc.sql("SELECT * FROM reminder_preferences WHERE account_id = :account")
			.param("account", account.value())
			.query((rs, row) -> new Prefs(rs.getBoolean("enabled"), channels(rs.getString("visit_channels")),
					channels(rs.getString("vaccine_channels")), rs.getObject("quiet_from", LocalTime.class),
					rs.getObject("quiet_to", LocalTime.class), ZoneId.of(rs.getString("time_zone"))))
			.optional()
			.orElse(Prefs.DEFAULT);
	}

	void save(AccountId account, Prefs prefs) {
		this.jdbc
			.sql("INSERT INTO reminder_preferences (account_id, enabled, visit_channels, vaccine_channels, quiet_from, "
					+ "quiet_to, time_zone) VALUES (:account, :enabled, :visits, :vaccines, :from, :to, :zone) "
					+ "ON CONFLICT (account_id) DO UPDATE SET enabled = :enabled, visit_channels = :visits, "
					+ "vaccine_channels = :vaccines, quiet_from = :from, quiet_to = :to, time_zone = :zone")
			.param("account", account.value())
			.param("enabled", prefs.enabled())
			.param("visits", list(prefs.visits()))
			.param("vaccines", list(prefs.vaccines()))
			.param("from", prefs.quietFrom())
			.param("to", prefs.quietTo())
			.param("zone", prefs.zone().getId())
			.update();
	}

	private static Set<Channel> channels(String list) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		Arrays.stream(list.split(",")).filter((name) -> !name.isBlank()).map(Channel::valueOf).forEach(channels::add);
		return channels;
	}

	private static String list(Set<Channel> channels) {
		return channels.stream().map(Channel::name).sorted().collect(Collectors.joining(","));
	}

}
