package org.medkarta.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.CodePurpose;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Phones;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-time code rules of DOMAIN.md §1 against the real database, time moved by the
 * test clock.
 */
@MedkartaTest
class OneTimeCodesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private OneTimeCodes codes(int perAddressLimit) {
		return new OneTimeCodes(this.jdbc, this.clock, new CodeSettings("secret", Duration.ofMinutes(10), 5,
				Duration.ofSeconds(60), 5, perAddressLimit, Duration.ofMinutes(10)));
	}

	private final String address = "10.0.0." + (int) (Math.random() * 250);

	@Test
	void aCodeIsSixDigitsAndStoredOnlyAsAHash() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		CodeResult.Issued issued = (CodeResult.Issued) codes(100).issue(phone, CodePurpose.SIGN_IN, this.address);
		assertThat(issued.code()).matches("\\d{6}");
		String stored = this.jdbc.sql("SELECT code_hash FROM one_time_codes WHERE phone = :phone")
			.param("phone", phone.value())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).doesNotContain(issued.code());
	}

	@Test
	void aRightCodeIsAcceptedOnce() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		String code = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Accepted.class);
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Missing.class);
	}

	@Test
	void aCodeExpiresAfterTenMinutes() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		String code = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Expired.class);
	}

	@Test
	void aCodeJustBeforeTenMinutesStillWorks() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		String code = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		this.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Accepted.class);
	}

	@Test
	void aCodeServesOnlyItsPurposeAndPhone() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		PhoneNumber other = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		String code = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		assertThat(codes.verify(phone, CodePurpose.PASSWORD_RESET, code)).isInstanceOf(CodeResult.Missing.class);
		assertThat(codes.verify(other, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Missing.class);
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Accepted.class);
	}

	@Test
	void fiveWrongEntriesVoidTheCode() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		String code = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int left = 4; left >= 1; left--) {
			assertThat(codes.verify(phone, CodePurpose.SIGN_IN, wrong)).isEqualTo(new CodeResult.Wrong(left));
		}
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, wrong)).isInstanceOf(CodeResult.Voided.class);
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, code)).isInstanceOf(CodeResult.Missing.class);
	}

	@Test
	void aNewCodeNeedsSixtySeconds() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		codes.issue(phone, CodePurpose.SIGN_IN, this.address);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(codes.issue(phone, CodePurpose.SIGN_IN, this.address))
			.isEqualTo(new CodeResult.TooSoon(Duration.ofSeconds(1)));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(codes.issue(phone, CodePurpose.SIGN_IN, this.address)).isInstanceOf(CodeResult.Issued.class);
	}

	@Test
	void aNewCodeReplacesTheOldOne() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		String first = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		this.clock.advance(Duration.ofSeconds(60));
		String second = ((CodeResult.Issued) codes.issue(phone, CodePurpose.SIGN_IN, this.address)).code();
		if (!first.equals(second)) {
			assertThat(codes.verify(phone, CodePurpose.SIGN_IN, first)).isInstanceOf(CodeResult.Wrong.class);
		}
		assertThat(codes.verify(phone, CodePurpose.SIGN_IN, second)).isInstanceOf(CodeResult.Accepted.class);
	}

	@Test
	void atMostFiveCodesPerPhoneInTenMinutes() {
		PhoneNumber phone = new PhoneNumber(Phones.fresh());
		OneTimeCodes codes = codes(100);
		for (int i = 0; i < 5; i++) {
			assertThat(codes.issue(phone, CodePurpose.SIGN_IN, this.address)).isInstanceOf(CodeResult.Issued.class);
			this.clock.advance(Duration.ofSeconds(61));
		}
		CodeResult sixth = codes.issue(phone, CodePurpose.PASSWORD_RESET, this.address);
		assertThat(sixth).isInstanceOf(CodeResult.TooMany.class);
		this.clock.advance(((CodeResult.TooMany) sixth).retryAfter());
		assertThat(codes.issue(phone, CodePurpose.SIGN_IN, this.address)).isInstanceOf(CodeResult.Issued.class);
	}

	@Test
	void oneClientAddressIsCappedAcrossPhones() {
		OneTimeCodes codes = codes(3);
		String address = "192.0.2." + (int) (Math.random() * 250);
		for (int i = 0; i < 3; i++) {
			assertThat(codes.issue(new PhoneNumber(Phones.fresh()), CodePurpose.REGISTRATION, address))
				.isInstanceOf(CodeResult.Issued.class);
		}
		assertThat(codes.issue(new PhoneNumber(Phones.fresh()), CodePurpose.REGISTRATION, address))
			.isInstanceOf(CodeResult.TooMany.class);
		assertThat(codes.issue(new PhoneNumber(Phones.fresh()), CodePurpose.REGISTRATION, "198.51.100.1"))
			.isInstanceOf(CodeResult.Issued.class);
	}

}
