package org.medkarta.clinics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.clinics.ClinicApiKeys;
import org.medkarta.clinics.ClinicId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of clinics' information systems: 32 random bytes, shown once; only their
 * SHA-256 is stored (a key has far more entropy than a password, so a fast hash is
 * enough), with the first characters to tell keys apart.
 */
@Service
class ApiKeys implements ClinicApiKeys {

	static final String PREFIX = "mk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ClinicStaff staff;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, ClinicStaff staff, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<ClinicId> authenticate(String key) {
		if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("UPDATE clinic_api_keys SET last_used_at = :now WHERE key_hash = :hash AND revoked_at IS NULL "
					+ "RETURNING clinic_id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", hash(key))
			.query((rs, row) -> new ClinicId(rs.getObject("clinic_id", UUID.class)))
			.optional();
	}

	/**
	 * Makes a key for the clinic, if the caller manages it.
	 * @return the key, to be shown once
	 */
	@Transactional
	String create(ClinicId clinic, String name) {
		requireManaged(clinic);
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.jdbc
			.sql("INSERT INTO clinic_api_keys (id, clinic_id, name, key_hash, key_prefix, created_at, created_by) "
					+ "VALUES (:id, :clinic, :name, :hash, :prefix, :now, :by)")
			.param("id", UUID.randomUUID())
			.param("clinic", clinic.value())
			.param("name", name.strip())
			.param("hash", hash(key))
			.param("prefix", key.substring(0, 10))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", Callers.current().id().value())
			.update();
		return key;
	}

	@Transactional(readOnly = true)
	List<KeyRow> list(ClinicId clinic) {
		requireManaged(clinic);
		return this.jdbc
			.sql("SELECT id, name, key_prefix, created_at, revoked_at, last_used_at FROM clinic_api_keys "
					+ "WHERE clinic_id = :clinic ORDER BY created_at DESC")
			.param("clinic", clinic.value())
			.query((rs, row) -> new KeyRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("key_prefix"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	/** Revokes a key of the clinic; false when there is no such key or it is revoked. */
	@Transactional
	boolean revoke(ClinicId clinic, UUID key) {
		requireManaged(clinic);
		return this.jdbc
			.sql("UPDATE clinic_api_keys SET revoked_at = :now, revoked_by = :by WHERE id = :id "
					+ "AND clinic_id = :clinic AND revoked_at IS NULL")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", Callers.current().id().value())
			.param("id", key)
			.param("clinic", clinic.value())
			.update() > 0;
	}

	private void requireManaged(ClinicId clinic) {
		if (!this.staff.mayManage(clinic)) {
			throw new org.springframework.security.access.AccessDeniedException("Not an administrator of " + clinic);
		}
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record KeyRow(UUID id, String name, String prefix, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
	}

}
