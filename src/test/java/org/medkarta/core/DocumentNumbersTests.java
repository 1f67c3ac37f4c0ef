package org.medkarta.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Passport, issuer code, birth certificate and names.
 */
class DocumentNumbersTests {

	@Test
	void passportSeriesAndNumber() {
		assertThat(PassportNumber.of("45 06", "123456").display()).isEqualTo("45 06 123456");
		assertThatThrownBy(() -> PassportNumber.of("450", "123456")).extracting("messageKey")
			.isEqualTo("validation.passport.series");
		assertThatThrownBy(() -> PassportNumber.of("4506", "12345a")).extracting("messageKey")
			.isEqualTo("validation.passport.number");
	}

	@Test
	void issuerCode() {
		assertThat(IssuerCode.of("770001").value()).isEqualTo("770-001");
		assertThat(IssuerCode.of("770-001").value()).isEqualTo("770-001");
		assertThatThrownBy(() -> IssuerCode.of("77-0001")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> IssuerCode.of("770-0011")).isInstanceOf(InvalidValueException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "II-МЮ", "ii-мю", "I-АБ", "IV-ЖЕ", "VIII-ЯЯ", "XIV-ЁЖ", "XL-АА", "CII-ББ" })
	void birthCertificateSeries(String series) {
		assertThat(BirthCertificateNumber.of(series, "123 456").number()).isEqualTo("123456");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "II", "II-MU", "IIII-МЮ", "IIV-МЮ", "2-МЮ", "II-М", "II-МЮЯ", "ІІ-МЮ" })
	void refusesWrongBirthCertificateSeries(String series) {
		assertThatThrownBy(() -> BirthCertificateNumber.of(series, "123456")).extracting("messageKey")
			.isEqualTo("validation.birth-certificate.series");
	}

	@Test
	void refusesWrongBirthCertificateNumber() {
		assertThatThrownBy(() -> BirthCertificateNumber.of("II-МЮ", "12345")).extracting("messageKey")
			.isEqualTo("validation.birth-certificate.number");
	}

	@Test
	void namesInCyrillicWithHyphensAndNoPatronymic() {
		assertThat(new PersonName("Римская-Корсакова", "Анна", "").full()).isEqualTo("Римская-Корсакова Анна");
		assertThat(new PersonName(" Иванова ", "Мария", "Петровна").full()).isEqualTo("Иванова Мария Петровна");
		assertThatThrownBy(() -> new PersonName("Иванова1", "Мария", null)).extracting("messageKey")
			.isEqualTo("validation.name.surname");
		assertThatThrownBy(() -> new PersonName("Иванова", "", null)).extracting("messageKey")
			.isEqualTo("validation.name.name");
		assertThatThrownBy(() -> new PersonName("Иванова", "Мария", "<script>")).extracting("messageKey")
			.isEqualTo("validation.name.patronymic");
		assertThatThrownBy(() -> new PersonName("я".repeat(101), "Мария", null))
			.isInstanceOf(InvalidValueException.class);
	}

}
