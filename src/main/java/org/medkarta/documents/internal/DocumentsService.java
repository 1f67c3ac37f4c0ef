package org.medkarta.documents.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.documents.Audience;
import org.medkarta.documents.DocumentId;
import org.medkarta.documents.DocumentInfo;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;
import org.medkarta.documents.Documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class DocumentsService implements Documents {

	/** The date in a generated file name is the portal's (Moscow) date. */
	private static final ZoneId NAMING_ZONE = ZoneId.of("Europe/Moscow");

	/** First key of the advisory locks that serialise one account's uploads. */
	private static final int QUOTA_LOCK = 0x646F63;

	private static final String INFO_COLUMNS = "d.id, d.kind, d.content_type, d.size_bytes, d.file_name, "
			+ "d.owner_account_id, d.created_at";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DocumentSettings settings;

	private final Clock clock;

	private final DocumentInspector inspector = new DocumentInspector();

	DocumentsService(JdbcClient jdbc, PlatformTransactionManager transactionManager, DocumentSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The checks run before a transaction is opened, as reading a PDF may take a while;
	 * the quota is checked and the document written in one transaction, with the
	 * account's uploads serialised so that two at once cannot both pass the quota.
	 */
	@Override
	public DocumentId store(UUID owner, DocumentKind kind, String originalName, byte[] content) {
		if (owner == null || kind == null) {
			throw new IllegalArgumentException("A document needs an owner and a kind");
		}
		DocumentType type = this.inspector.inspect(content);
		DocumentId id = new DocumentId(UUID.randomUUID());
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:space, :key)")
				.param("space", QUOTA_LOCK)
				.param("key", owner.hashCode())
				.query(Integer.class)
				.single();
			checkQuota(owner, content.length);
			insert(id, owner, kind, type, content, now);
		});
		return id;
	}

	private void checkQuota(UUID owner, long size) {
		Usage usage = this.jdbc
			.sql("SELECT count(*) AS files, coalesce(sum(size_bytes), 0) AS bytes FROM documents "
					+ "WHERE owner_account_id = :owner AND voided_at IS NULL")
			.param("owner", owner)
			.query((rs, row) -> new Usage(rs.getLong("files"), rs.getLong("bytes")))
			.single();
		long quotaBytes = this.settings.quotaBytes().toBytes();
		if (usage.files() + 1 > this.settings.quotaFiles() || usage.bytes() + size > quotaBytes) {
			throw new DocumentRefusedException(Reason.QUOTA, this.settings.quotaFiles(), megabytes(quotaBytes));
		}
	}

	private void insert(DocumentId id, UUID owner, DocumentKind kind, DocumentType type, byte[] content, Instant now) {
		this.jdbc
			.sql("INSERT INTO documents (id, owner_account_id, kind, content_type, size_bytes, sha256, file_name, "
					+ "created_at, created_by) VALUES (:id, :owner, :kind, :type, :size, :sha256, :name, :now, :by)")
			.param("id", id.value())
			.param("owner", owner)
			.param("kind", kind.name())
			.param("type", type.contentType())
			.param("size", content.length)
			.param("sha256", sha256(content))
			.param("name", fileName(kind, type, now))
			.param("now", Timestamp.from(now))
			.param("by", currentAccount().orElse(null))
			.update();
		this.jdbc.sql("INSERT INTO document_contents (document_id, content) VALUES (:id, :content)")
			.param("id", id.value())
			.param("content", content)
			.update();
	}

	@Override
	@Transactional
	public void share(DocumentId id, Audience audience) {
		if (info(id).isEmpty()) {
			throw new IllegalArgumentException("No document " + id + " to share");
		}
		this.jdbc
			.sql("INSERT INTO document_shares (document_id, audience, shared_at, shared_by) "
					+ "VALUES (:id, :audience, :now, :by) ON CONFLICT (document_id, audience) DO NOTHING")
			.param("id", id.value())
			.param("audience", audience.key())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", currentAccount().orElse(null))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DocumentInfo> info(DocumentId id) {
		return this.jdbc.sql("SELECT " + INFO_COLUMNS + " FROM documents d WHERE d.id = :id AND d.voided_at IS NULL")
			.param("id", id.value())
			.query((rs, row) -> info(rs))
			.optional();
	}

	/**
	 * The document with its content when the viewer may download it: its owner, or an
	 * audience it is shared with. Unknown, voided and someone else's documents alike are
	 * empty.
	 */
	@Transactional(readOnly = true)
	Optional<StoredDocument> readable(DocumentId id, Viewer viewer) {
		return this.jdbc
			.sql("SELECT " + INFO_COLUMNS + ", c.content FROM documents d "
					+ "JOIN document_contents c ON c.document_id = d.id "
					+ "WHERE d.id = :id AND d.voided_at IS NULL AND (d.owner_account_id = :viewer OR EXISTS ("
					+ "SELECT 1 FROM document_shares s WHERE s.document_id = d.id AND s.audience = ANY (:audiences)))")
			.param("id", id.value())
			.param("viewer", viewer.account())
			.param("audiences", viewer.audiences().toArray(String[]::new))
			.query((rs, row) -> new StoredDocument(info(rs), rs.getBytes("content")))
			.optional();
	}

	private static DocumentInfo info(ResultSet rs) throws SQLException {
		return new DocumentInfo(new DocumentId(rs.getObject("id", UUID.class)),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("file_name"), rs.getObject("owner_account_id", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}

	/** For example {@code birth-certificate-2026-11-26.pdf}: never the uploaded name. */
	static String fileName(DocumentKind kind, DocumentType type, Instant at) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + LocalDate.ofInstant(at, NAMING_ZONE) + "."
				+ type.extension();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static BigDecimal megabytes(long bytes) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	private static Optional<UUID> currentAccount() {
		return Viewer.accountOf(SecurityContextHolder.getContext().getAuthentication());
	}

	private record Usage(long files, long bytes) {
	}

}
