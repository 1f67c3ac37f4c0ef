package org.medkarta.core;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OgrnTests {

	@Test
	void acceptsAnOgrnWhoseLastDigitIsItsCheckDigit() {
		String twelve = "102770013219";
		String ogrn = twelve + Ogrn.checkDigitFor(twelve);
		assertThat(ogrn).isEqualTo("1027700132195");
		assertThat(Ogrn.of(ogrn).value()).isEqualTo(ogrn);
	}

	@Test
	void aRestOfTenGivesTheCheckDigitZero() {
		// 102770000002 = 11 · 9342727272 + 10
		assertThat(Ogrn.checkDigitFor("102770000002")).isEqualTo("0");
		assertThat(Ogrn.of("1027700000020").value()).isEqualTo("1027700000020");
	}

	@Test
	void acceptsSpacesBetweenTheDigits() {
		assertThat(Ogrn.of(" 1 02 77 00 13219 5 ").value()).isEqualTo("1027700132195");
	}

	@Test
	void refusesAWrongCheckDigit() {
		assertThatThrownBy(() -> Ogrn.of("1027700132196")).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.ogrn.check");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "102770013219", "10277001321950", "102770013219a", "1027-7001-3219-5",
			"１０２７７００１３２１９５", "1027700132195000000000000000000000" })
	void refusesWhatIsNotAnOgrn(String input) {
		assertThatThrownBy(() -> Ogrn.of(input)).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.ogrn.format");
	}

	@Test
	void refusesNothingAtAll() {
		assertThatThrownBy(() -> Ogrn.of(null)).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.ogrn.format");
	}

	@Property
	void theCheckDigitFollowsTheWrittenRule(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long number) {
		String twelve = String.format("%012d", number);
		assertThat(Ogrn.checkDigitFor(twelve)).isEqualTo(Long.toString(number % 11 % 10));
		assertThat(Ogrn.of(twelve + (number % 11 % 10)).value()).hasSize(13);
	}

	@Property
	void everyOtherLastDigitIsRefused(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long number,
			@ForAll @IntRange(min = 1, max = 9) int shift) {
		String twelve = String.format("%012d", number);
		long wrong = (number % 11 % 10 + shift) % 10;
		assertThatThrownBy(() -> Ogrn.of(twelve + wrong)).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.ogrn.check");
	}

}
