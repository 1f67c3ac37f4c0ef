package org.medkarta.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "+79123456789", "+7 912 345-67-89", "+7 (912) 345-67-89", "89123456789", "8 912 345 67 89",
			"79123456789", "9123456789", "  +7 912 345 67 89  " })
	void normalisesTheWaysPeopleWriteANumber(String input) {
		assertThat(PhoneNumber.of(input).value()).isEqualTo("+79123456789");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "+7 495 123-45-67", "+1 912 345 67 89", "+8 912 345 67 89", "+7912345678",
			"+791234567890", "abc", "+7 912 abc 67 89", "9123456789999999999999999999999999999" })
	void refusesWhatIsNotARussianMobileNumber(String input) {
		assertThatThrownBy(() -> PhoneNumber.of(input)).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.phone.format");
	}

	@Test
	void refusesNull() {
		assertThatThrownBy(() -> PhoneNumber.of(null)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void showsAndMasksTheNumber() {
		PhoneNumber phone = PhoneNumber.of("89123456789");
		assertThat(phone.display()).isEqualTo("+7\u00a0912\u00a0345\u201167\u201189");
		assertThat(phone.masked()).isEqualTo("+7\u00a0•••\u00a0•••\u2011••\u201189");
		assertThat(phone.toString()).doesNotContain("912");
	}

}
