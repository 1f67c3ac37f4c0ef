package org.medkarta.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.CodePurpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks SMS one-time codes: six digits from a secure source, kept only as a
 * keyed hash, valid for a while, single use, bound to one phone and one purpose, void
 * after too many wrong entries, and rationed per phone and per client address.
 */
@Component
class OneTimeCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CodeSettings settings;

	private final SecretKeySpec key;

	OneTimeCodes(JdbcClient jdbc, Clock clock, CodeSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * Makes a new code for the phone and purpose, replacing any earlier one of that
	 * purpose, unless any code went to the phone less than a minute ago, or the phone or
	 * the address has had too many lately.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	CodeResult issue(PhoneNumber phone, CodePurpose purpose, String clientAddress) {
		Instant now = this.clock.instant();
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:phone))")
			.param("phone", phone.value())
			.query()
			.singleRow();
		Instant windowStart = now.minus(this.settings.window());
		Optional<Instant> last = this.jdbc.sql("SELECT max(created_at) FROM one_time_codes WHERE phone = :phone")
			.param("phone", phone.value())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		if (last.isPresent() && last.get().plus(this.settings.resendInterval()).isAfter(now)) {
			return new CodeResult.TooSoon(Duration.between(now, last.get().plus(this.settings.resendInterval())));
		}
		Optional<Instant> oldestForPhone = oldestInWindow("phone", phone.value(), windowStart,
				this.settings.perPhoneLimit());
		if (oldestForPhone.isPresent()) {
			return new CodeResult.TooMany(Duration.between(now, oldestForPhone.get().plus(this.settings.window())));
		}
		Optional<Instant> oldestForAddress = oldestInWindow("client_address", clientAddress, windowStart,
				this.settings.perAddressLimit());
		if (oldestForAddress.isPresent()) {
			return new CodeResult.TooMany(Duration.between(now, oldestForAddress.get().plus(this.settings.window())));
		}
		this.jdbc
			.sql("UPDATE one_time_codes SET voided_at = :now WHERE phone = :phone AND purpose = :purpose "
					+ "AND used_at IS NULL AND voided_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("phone", phone.value())
			.param("purpose", purpose.name())
			.update();
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		this.jdbc
			.sql("INSERT INTO one_time_codes (id, phone, purpose, code_hash, client_address, created_at, expires_at) "
					+ "VALUES (:id, :phone, :purpose, :hash, :address, :now, :expires)")
			.param("id", UUID.randomUUID())
			.param("phone", phone.value())
			.param("purpose", purpose.name())
			.param("hash", hash(phone, purpose, code))
			.param("address", clientAddress)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(this.settings.validity())))
			.update();
		return new CodeResult.Issued(code);
	}

	/** The n-th most recent send in the window, when there are already n or more. */
	private Optional<Instant> oldestInWindow(String column, String value, Instant windowStart, int limit) {
		if (value == null) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT created_at FROM one_time_codes WHERE " + column + " = :value AND created_at > :start "
					+ "ORDER BY created_at DESC OFFSET :offset LIMIT 1")
			.param("value", value)
			.param("start", Timestamp.from(windowStart))
			.param("offset", limit - 1)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Checks an entered code against the latest code of that phone and purpose. A right
	 * code is used up; a wrong one counts towards voiding it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	CodeResult verify(PhoneNumber phone, CodePurpose purpose, String entered) {
		Instant now = this.clock.instant();
		Optional<StoredCode> found = this.jdbc
			.sql("SELECT id, code_hash, expires_at, failed_tries FROM one_time_codes "
					+ "WHERE phone = :phone AND purpose = :purpose AND used_at IS NULL AND voided_at IS NULL "
					+ "ORDER BY created_at DESC LIMIT 1 FOR UPDATE")
			.param("phone", phone.value())
			.param("purpose", purpose.name())
			.query((rs, row) -> new StoredCode(rs.getObject("id", UUID.class), rs.getString("code_hash"),
					rs.getTimestamp("expires_at").toInstant(), rs.getInt("failed_tries")))
			.optional();
		if (found.isEmpty()) {
			return new CodeResult.Missing();
		}
		StoredCode stored = found.get();
		if (!now.isBefore(stored.expiresAt())) {
			return new CodeResult.Expired();
		}
		boolean right = MessageDigest.isEqual(stored.hash().getBytes(StandardCharsets.US_ASCII),
				hash(phone, purpose, entered).getBytes(StandardCharsets.US_ASCII));
		if (right) {
			this.jdbc.sql("UPDATE one_time_codes SET used_at = :now WHERE id = :id")
				.param("now", Timestamp.from(now))
				.param("id", stored.id())
				.update();
			return new CodeResult.Accepted();
		}
		int tries = stored.failedTries() + 1;
		boolean voided = tries >= this.settings.maxTries();
		this.jdbc.sql("UPDATE one_time_codes SET failed_tries = :tries, voided_at = :voided WHERE id = :id")
			.param("tries", tries)
			.param("voided", voided ? Timestamp.from(now) : null)
			.param("id", stored.id())
			.update();
		return voided ? new CodeResult.Voided() : new CodeResult.Wrong(this.settings.maxTries() - tries);
	}

	private String hash(PhoneNumber phone, CodePurpose purpose, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac
				.doFinal((phone.value() + '|' + purpose.name() + '|' + code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private record StoredCode(UUID id, String hash, Instant expiresAt, int failedTries) {
	}

}
