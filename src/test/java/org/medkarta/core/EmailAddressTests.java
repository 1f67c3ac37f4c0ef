package org.medkarta.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTests {

	@Test
	void keepsAddressesInLowerCase() {
		assertThat(EmailAddress.of("  Maria.Ivanova@Example.RU ").value()).isEqualTo("maria.ivanova@example.ru");
	}

	@Test
	void acceptsCyrillicDomains() {
		assertThat(EmailAddress.of("мария@почта.рф").value()).isEqualTo("мария@почта.рф");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "plain", "a@b", "a@@b.ru", "a b@c.ru", "@example.ru", "a@.ru", "a@example." })
	void refusesWhatIsNotAnAddress(String input) {
		assertThatThrownBy(() -> EmailAddress.of(input)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void refusesOverlongAddresses() {
		assertThatThrownBy(() -> EmailAddress.of("a".repeat(250) + "@example.ru"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void masksTheLocalPart() {
		assertThat(EmailAddress.of("maria@example.ru").masked()).isEqualTo("m•••@example.ru");
	}

}
