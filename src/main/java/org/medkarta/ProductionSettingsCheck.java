package org.medkarta;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the {@code prod} profile, refuses to start while a setting production needs is
 * missing, naming it in one line: an external database, an SMTP server, an SMS gateway
 * and the key codes are hashed with.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

	static final Map<String, String> REQUIRED = new LinkedHashMap<>();

	static {
		REQUIRED.put("MEDKARTA_DB_URL", "the external PostgreSQL, e.g. jdbc:postgresql://db:5432/medkarta");
		REQUIRED.put("MEDKARTA_DB_USER", "the database user");
		REQUIRED.put("MEDKARTA_SMTP_HOST", "the SMTP server that sends e-mail");
		REQUIRED.put("MEDKARTA_SMS_URL", "the SMS gateway's URL");
		REQUIRED.put("MEDKARTA_SMS_TOKEN", "the SMS gateway's token");
		REQUIRED.put("MEDKARTA_CODE_SECRET", "the key one-time codes are hashed with (32+ random characters)");
		REQUIRED.put("MEDKARTA_BASE_URL", "the public https:// address of the portal, used in e-mail links");
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("prod")) {
			return;
		}
		for (Map.Entry<String, String> setting : REQUIRED.entrySet()) {
			String value = environment.getProperty(setting.getKey());
			if (value == null || value.isBlank()) {
				throw MissingSettingException.missing(setting.getKey(), setting.getValue());
			}
		}
		if (environment.getProperty("MEDKARTA_CODE_SECRET").length() < 32) {
			throw MissingSettingException.invalid("MEDKARTA_CODE_SECRET", "it must have at least 32 characters");
		}
		if (environment.getProperty("medkarta.dev.outbox", Boolean.class, false)) {
			throw MissingSettingException.invalid("medkarta.dev.outbox", "the dev outbox is never allowed in prod");
		}
	}

	/**
	 * A setting production needs is not there.
	 */
	static class MissingSettingException extends RuntimeException {

		private MissingSettingException(String message) {
			super(message);
		}

		static MissingSettingException missing(String name, String meaning) {
			return new MissingSettingException(
					"Medkarta (prod profile) cannot start: the setting " + name + " is missing (" + meaning + ").");
		}

		static MissingSettingException invalid(String name, String why) {
			return new MissingSettingException(
					"Medkarta (prod profile) cannot start: the setting " + name + " is not valid (" + why + ").");
		}

	}

}
