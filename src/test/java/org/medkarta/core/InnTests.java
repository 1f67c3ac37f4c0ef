package org.medkarta.core;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InnTests {

	@Test
	void acceptsAValidPersonalInn() {
		String ten = "5003001001";
		String inn = ten + Inn.checkDigitsFor(ten);
		assertThat(Inn.of(inn).value()).isEqualTo(inn);
	}

	@Test
	void refusesWrongLengthAndLetters() {
		assertThatThrownBy(() -> Inn.of("12345")).extracting("messageKey").isEqualTo("validation.inn.format");
		assertThatThrownBy(() -> Inn.of("50030010010a")).extracting("messageKey").isEqualTo("validation.inn.format");
	}

	@Property
	void everyPrefixWithItsCheckDigitsIsAccepted(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long prefix) {
		String ten = String.format("%010d", prefix);
		assertThat(Inn.of(ten + Inn.checkDigitsFor(ten)).value()).hasSize(12);
	}

	@Property
	void aWrongEleventhDigitIsRefused(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long prefix,
			@ForAll @IntRange(min = 1, max = 9) int shift) {
		String ten = String.format("%010d", prefix);
		String check = Inn.checkDigitsFor(ten);
		int wrong = (check.charAt(0) - '0' + shift) % 10;
		assertThatThrownBy(() -> Inn.of(ten + wrong + check.charAt(1))).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.inn.check");
	}

	@Property
	void theCheckDigitsFollowTheWrittenRule(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long prefix) {
		String ten = String.format("%010d", prefix);
		int[] w1 = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
		int[] w2 = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
		int s1 = 0;
		for (int i = 0; i < 10; i++) {
			s1 += (ten.charAt(i) - '0') * w1[i];
		}
		int d11 = s1 % 11 % 10;
		String eleven = ten + d11;
		int s2 = 0;
		for (int i = 0; i < 11; i++) {
			s2 += (eleven.charAt(i) - '0') * w2[i];
		}
		assertThat(Inn.checkDigitsFor(ten)).isEqualTo("" + d11 + (s2 % 11 % 10));
	}

}
