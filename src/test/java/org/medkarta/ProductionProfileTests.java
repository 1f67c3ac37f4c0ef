package org.medkarta;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile refuses to start without the settings production needs and
 * names the first one missing in one line.
 */
class ProductionProfileTests {

	private static final Map<String, Object> COMPLETE = Map.of("MEDKARTA_DB_URL", "jdbc:postgresql://db/medkarta",
			"MEDKARTA_DB_USER", "medkarta", "MEDKARTA_SMTP_HOST", "smtp.example.ru", "MEDKARTA_SMS_URL",
			"https://sms.example.ru/send", "MEDKARTA_SMS_TOKEN", "token", "MEDKARTA_CODE_SECRET",
			"0123456789abcdef0123456789abcdef", "MEDKARTA_BASE_URL", "https://medkarta.example.ru");

	private static StandardEnvironment environment(Map<String, Object> settings, String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		environment.setActiveProfiles(profiles);
		return environment;
	}

	@Test
	void eachMissingSettingIsNamed() {
		for (String name : ProductionSettingsCheck.REQUIRED.keySet()) {
			Map<String, Object> settings = new HashMap<>(COMPLETE);
			settings.remove(name);
			assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(settings, "prod"),
					new SpringApplication()))
				.isInstanceOf(ProductionSettingsCheck.MissingSettingException.class)
				.hasMessageContaining(name)
				.hasMessageNotContaining("\n");
		}
	}

	@Test
	void aBlankSettingCountsAsMissing() {
		Map<String, Object> settings = new HashMap<>(COMPLETE);
		settings.put("MEDKARTA_SMTP_HOST", " ");
		assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(settings, "prod"),
				new SpringApplication()))
			.hasMessageContaining("MEDKARTA_SMTP_HOST");
	}

	@Test
	void aShortCodeSecretIsRefused() {
		Map<String, Object> settings = new HashMap<>(COMPLETE);
		settings.put("MEDKARTA_CODE_SECRET", "short");
		assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(settings, "prod"),
				new SpringApplication()))
			.hasMessageContaining("MEDKARTA_CODE_SECRET is not valid");
	}

	@Test
	void theDevOutboxCannotBeSwitchedOnInProd() {
		Map<String, Object> settings = new HashMap<>(COMPLETE);
		settings.put("medkarta.dev.outbox", "true");
		assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(settings, "prod"),
				new SpringApplication()))
			.hasMessageContaining("medkarta.dev.outbox");
	}

	@Test
	void allSettingsPresentPasses() {
		new ProductionSettingsCheck().postProcessEnvironment(environment(COMPLETE, "prod"), new SpringApplication());
	}

	@Test
	void theDefaultModeNeedsNone() {
		new ProductionSettingsCheck().postProcessEnvironment(environment(Map.of()), new SpringApplication());
	}

	@Test
	void startingTheApplicationInProdWithoutSettingsFailsWithThatLine() {
		SpringApplication application = new SpringApplication(MedkartaApplication.class);
		application.setAdditionalProfiles("prod");
		assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none"))
			.isInstanceOf(ProductionSettingsCheck.MissingSettingException.class)
			.hasMessageStartingWith("Medkarta (prod profile) cannot start: the setting MEDKARTA_");
		FailureAnalysis analysis = new MissingSettingFailureAnalyzer()
			.analyze(ProductionSettingsCheck.MissingSettingException.missing("MEDKARTA_DB_URL", "the database"));
		assertThat(analysis.getDescription()).contains("MEDKARTA_DB_URL").doesNotContain("\n");
	}

}
