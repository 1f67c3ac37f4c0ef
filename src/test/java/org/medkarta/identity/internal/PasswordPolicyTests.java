package org.medkarta.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesSevenCharacters() {
		assertThat(this.policy.check("kot-ily")).contains("validation.password.short");
	}

	@Test
	void acceptsEightCharacters() {
		assertThat(this.policy.check("kot-ilya")).isEmpty();
	}

	@Test
	void acceptsSixtyFourAndOneHundredTwentyEightCharacters() {
		assertThat(this.policy.check("зелёный-чай ".repeat(6).substring(0, 64))).isEmpty();
		assertThat(this.policy.check("x7".repeat(64))).isEmpty();
	}

	@Test
	void refusesMoreThanOneHundredTwentyEight() {
		assertThat(this.policy.check("x7".repeat(64) + "z")).contains("validation.password.long");
	}

	@Test
	void countsCharactersNotBytes() {
		String cyrillic = "пароль-для-мамы";
		assertThat(cyrillic.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(cyrillic.length());
		assertThat(this.policy.check(cyrillic)).isEmpty();
		assertThat(this.policy.check("ёжик🦔")).contains("validation.password.short");
	}

	@Test
	void hasNoCompositionRules() {
		assertThat(this.policy.check("correct horse battery staple")).isEmpty();
		assertThat(this.policy.check("вечерний звон")).isEmpty();
	}

	@Test
	void refusesCommonAndBreachedPasswords() {
		assertThat(this.policy.check("12345678")).contains("validation.password.common");
		assertThat(this.policy.check("Password1")).contains("validation.password.common");
		assertThat(this.policy.check("йцукенгш")).contains("validation.password.common");
		assertThat(this.policy.check("zzzzzzzzzz")).contains("validation.password.common");
	}

	@Test
	void refusesAnEmptyPassword() {
		assertThat(this.policy.check("")).contains("validation.password.required");
		assertThat(this.policy.check(null)).contains("validation.password.required");
	}

}
