package org.medkarta.core;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnilsTests {

	@Test
	void acceptsTheExampleOfTheRules() {
		assertThat(Snils.of("112-233-445 95").value()).isEqualTo("11223344595");
		assertThat(Snils.of("11223344595").display()).isEqualTo("112-233-445 95");
	}

	@Test
	void refusesAWrongCheckNumber() {
		assertThatThrownBy(() -> Snils.of("112-233-445 96")).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.snils.check");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "112-233-445", "112-233-445 9", "112-233-445 955", "abc-def-ghi jk", "112_233_445_95" })
	void refusesWhatIsNotASnils(String input) {
		assertThatThrownBy(() -> Snils.of(input)).isInstanceOf(InvalidValueException.class)
			.extracting("messageKey")
			.isEqualTo("validation.snils.format");
	}

	@Test
	void sumsOfOneHundredAndOneHundredOneGiveZeroZero() {
		// 9·9 + 8·2 + 3·1 = 100 and 9·9 + 8·2 + 4·1 = 101
		assertThat(Snils.checkFor("920000003")).isZero();
		assertThat(Snils.checkFor("920000004")).isZero();
		// 9·9 + 8·9 + 7·9 = 216 → 216 mod 101 = 14
		assertThat(Snils.checkFor("999000000")).isEqualTo(14);
		// a sum whose rest is 100: 201 = 9·9 + 8·9 + 7·6 + 6·1
		assertThat(Snils.checkFor("996100000")).isZero();
	}

	@Test
	void hidesTheNumberWhenPrinted() {
		assertThat(Snils.of("112-233-445 95").toString()).doesNotContain("112");
	}

	@Property
	void everyNumberWithItsCheckIsAccepted(@ForAll @IntRange(min = 1_001_999, max = 999_999_999) int number) {
		String nine = String.format("%09d", number);
		String check = String.format("%02d", Snils.checkFor(nine));
		assertThat(Snils.of(nine + check).value()).isEqualTo(nine + check);
	}

	@Property
	void everyOtherCheckIsRefused(@ForAll @IntRange(min = 1_001_999, max = 999_999_999) int number,
			@ForAll @IntRange(min = 0, max = 99) int check) {
		String nine = String.format("%09d", number);
		if (check == Snils.checkFor(nine)) {
			return;
		}
		assertThatThrownBy(() -> Snils.of(nine + String.format("%02d", check)))
			.isInstanceOf(InvalidValueException.class);
	}

	@Property
	void theCheckFollowsTheWrittenRule(@ForAll @IntRange(min = 1_001_999, max = 999_999_999) int number) {
		String nine = String.format("%09d", number);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += Character.getNumericValue(nine.charAt(i)) * (9 - i);
		}
		int expected = (sum < 100) ? sum : (sum <= 101) ? 0 : ((sum % 101 == 100) ? 0 : sum % 101);
		assertThat(Snils.checkFor(nine)).isEqualTo(expected).isBetween(0, 99);
	}

}
