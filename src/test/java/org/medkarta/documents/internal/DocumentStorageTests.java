package org.medkarta.documents.internal;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.documents.Audience;
import org.medkarta.documents.DocumentId;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;
import org.medkarta.documents.Documents;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SECURITY.md §10–12 against the real database and over HTTP: what is stored, that a
 * refused file leaves nothing behind, the quota, and who may download.
 */
@MedkartaTest
@TestPropertySource(properties = { "medkarta.documents.quota-files=3", "medkarta.documents.quota-bytes=256KB" })
@Import(DocumentStorageTests.RefusingController.class)
class DocumentStorageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	@Test
	void storesAnAcceptedFileUnderAGeneratedName() throws Exception {
		UUID owner = UUID.randomUUID();
		byte[] png = SampleFiles.png(40, 30);
		DocumentId id = this.documents.store(owner, DocumentKind.BIRTH_CERTIFICATE, "../../свидетельство.html", png);
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM documents WHERE id = :id")
			.param("id", id.value())
			.query()
			.singleRow();
		assertThat(row).containsEntry("owner_account_id", owner)
			.containsEntry("kind", "BIRTH_CERTIFICATE")
			.containsEntry("content_type", "image/png")
			.containsEntry("size_bytes", (long) png.length)
			.containsEntry("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
		assertThat((String) row.get("file_name")).matches("birth-certificate-\\d{4}-\\d{2}-\\d{2}\\.png");
		assertThat(row.get("voided_at")).isNull();
		byte[] stored = this.jdbc.sql("SELECT content FROM document_contents WHERE document_id = :id")
			.param("id", id.value())
			.query(byte[].class)
			.single();
		assertThat(stored).isEqualTo(png);
		assertThat(this.documents.info(id)).hasValueSatisfying((info) -> {
			assertThat(info.owner()).isEqualTo(owner);
			assertThat(info.kind()).isEqualTo(DocumentKind.BIRTH_CERTIFICATE);
			assertThat(info.sizeBytes()).isEqualTo(png.length);
			assertThat(info.isImage()).isTrue();
		});
	}

	@Test
	void aRefusedFileStoresNothing() {
		long documentsBefore = count("documents");
		long contentsBefore = count("document_contents");
		byte[] polyglot = SampleFiles.concat(SampleFiles.jpeg(32, 32), SampleFiles.zip());
		for (byte[] bad : List.of(polyglot, SampleFiles.html(), SampleFiles.pdfWithJavaScriptOpenAction(),
				new byte[0])) {
			assertThatExceptionOfType(DocumentRefusedException.class)
				.isThrownBy(() -> this.documents.store(UUID.randomUUID(), DocumentKind.PASSPORT, "scan.pdf", bad));
		}
		assertThat(count("documents")).isEqualTo(documentsBefore);
		assertThat(count("document_contents")).isEqualTo(contentsBefore);
	}

	@Test
	void theQuotaOfFilesRefusesWith413AndStoresNothing() {
		UUID owner = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.documents.store(owner, DocumentKind.OTHER, "page.png", SampleFiles.png(16, 16));
		}
		assertThatExceptionOfType(DocumentRefusedException.class)
			.isThrownBy(() -> this.documents.store(owner, DocumentKind.OTHER, "page.png", SampleFiles.png(16, 16)))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.QUOTA);
				assertThat(ex.httpStatus()).isEqualTo(413);
				assertThat(ex.messageKey()).isEqualTo("documents.refused.quota");
				assertThat(ex.args()).hasSize(2).startsWith(3);
			});
		assertThat(countOf(owner)).isEqualTo(3);
	}

	@Test
	void theQuotaOfBytesRefusesWith413AndVoidedDocumentsDoNotCount() {
		UUID owner = UUID.randomUUID();
		byte[] large = SampleFiles.noisyPng(250, 250);
		assertThat(large.length).isBetween(128 * 1024, 256 * 1024);
		DocumentId first = this.documents.store(owner, DocumentKind.CONSENT, "a.png", large);
		assertThatExceptionOfType(DocumentRefusedException.class)
			.isThrownBy(() -> this.documents.store(owner, DocumentKind.CONSENT, "b.png", large))
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(413));
		assertThat(countOf(owner)).isEqualTo(1);
		voidDocument(first);
		this.documents.store(owner, DocumentKind.CONSENT, "b.png", large);
		assertThat(countOf(owner)).isEqualTo(2);
	}

	@Test
	void theOwnerDownloadsAnAttachmentUnderItsSafeName() {
		Outbox outbox = new Outbox(this.jdbc);
		WebSession owner = new WebSession(this.port);
		String phone = Accounts.register(owner, outbox, Phones.fresh(), "docs" + UUID.randomUUID() + "@example.ru");
		byte[] pdf = SampleFiles.pdf();
		DocumentId id = this.documents.store(accountOf(phone), DocumentKind.PASSPORT, "\"паспорт\";.html", pdf);
		WebSession.Page page = owner.get("/documents/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).hasValue("application/pdf");
		assertThat(page.header("Content-Length")).hasValue(String.valueOf(pdf.length));
		assertThat(page.header("Content-Disposition")).hasValueSatisfying(
				(value) -> assertThat(value).matches("attachment; filename=\"passport-\\d{4}-\\d{2}-\\d{2}\\.pdf\""));
		assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.header("Cache-Control")).hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(page.body()).startsWith("%PDF-");
		WebSession.Page view = owner.get("/documents/" + id + "/view");
		assertThat(view.status()).isEqualTo(302);
		assertThat(view.location()).isEqualTo("/documents/" + id);
	}

	@Test
	void theOwnerViewsAnImageInlineInASandbox() {
		Outbox outbox = new Outbox(this.jdbc);
		WebSession owner = new WebSession(this.port);
		String phone = Accounts.register(owner, outbox, Phones.fresh(), "view" + UUID.randomUUID() + "@example.ru");
		DocumentId id = this.documents.store(accountOf(phone), DocumentKind.REGISTRATION_CERTIFICATE, "photo.jpg",
				SampleFiles.jpeg(48, 48));
		WebSession.Page page = owner.get("/documents/" + id + "/view");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).hasValue("image/jpeg");
		assertThat(page.header("Content-Disposition")).hasValueSatisfying((value) -> assertThat(value)
			.matches("inline; filename=\"registration-certificate-\\d{4}-\\d{2}-\\d{2}\\.jpg\""));
		assertThat(page.headers()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().equalsIgnoreCase("Content-Security-Policy"))
			.flatMap((e) -> e.getValue().stream())).containsExactly("sandbox; default-src 'none'; img-src 'self'");
		assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.header("Cache-Control")).hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void nobodyElseLearnsThatADocumentExists() {
		Outbox outbox = new Outbox(this.jdbc);
		WebSession owner = new WebSession(this.port);
		String phone = Accounts.register(owner, outbox, Phones.fresh(), "mine" + UUID.randomUUID() + "@example.ru");
		DocumentId id = this.documents.store(accountOf(phone), DocumentKind.PASSPORT, "scan.png",
				SampleFiles.png(20, 20));
		WebSession other = new WebSession(this.port);
		Accounts.register(other, outbox, Phones.fresh(), "theirs" + UUID.randomUUID() + "@example.ru");
		assertThat(other.get("/documents/" + id).status()).isEqualTo(404);
		assertThat(other.get("/documents/" + id + "/view").status()).isEqualTo(404);
		WebSession.Page anonymous = new WebSession(this.port).get("/documents/" + id);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).isEqualTo("/signin");
		assertThat(owner.get("/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
		for (String malformed : List.of("not-a-uuid", "1-1-1-1-1", "%20", "..%2F..%2Fetc%2Fpasswd", "%00", id + "0",
				"'%20OR%201=1--")) {
			assertThat(owner.get("/documents/" + malformed).status()).as(malformed).isIn(400, 404);
		}
		voidDocument(id);
		assertThat(owner.get("/documents/" + id).status()).isEqualTo(404);
		assertThat(owner.get("/documents/" + id + "/view").status()).isEqualTo(404);
		assertThat(this.documents.info(id)).isEmpty();
	}

	@Test
	void anOperatorDownloadsOnlyWhatIsSharedWithOperators() {
		Outbox outbox = new Outbox(this.jdbc);
		WebSession citizen = new WebSession(this.port);
		String phone = Accounts.register(citizen, outbox, Phones.fresh(), "case" + UUID.randomUUID() + "@example.ru");
		DocumentId shared = this.documents.store(accountOf(phone), DocumentKind.PASSPORT, "passport.jpg",
				SampleFiles.jpeg(32, 32));
		DocumentId kept = this.documents.store(accountOf(phone), DocumentKind.OTHER, "other.jpg",
				SampleFiles.jpeg(32, 32));
		String operatorPhone = createOperator();
		WebSession operator = new WebSession(this.port);
		Accounts.signIn(operator, outbox, operatorPhone, operatorPhone);
		assertThat(operator.get("/documents/" + shared).status()).isEqualTo(404);
		this.documents.share(shared, Audience.operators());
		this.documents.share(shared, Audience.operators());
		assertThat(operator.get("/documents/" + shared).status()).isEqualTo(200);
		assertThat(operator.get("/documents/" + shared + "/view").status()).isEqualTo(200);
		assertThat(operator.get("/documents/" + kept).status()).isEqualTo(404);
		WebSession stranger = new WebSession(this.port);
		Accounts.register(stranger, outbox, Phones.fresh(), "stranger" + UUID.randomUUID() + "@example.ru");
		assertThat(stranger.get("/documents/" + shared).status()).isEqualTo(404);
	}

	@Test
	void sharingAnUnknownDocumentIsRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.documents.share(new DocumentId(UUID.randomUUID()), Audience.operators()));
	}

	@Test
	void aRefusalThatReachesNoFormIsShownWithItsStatusAndMessage() {
		WebSession web = new WebSession(this.port);
		Accounts.register(web, new Outbox(this.jdbc), Phones.fresh(), "refused" + UUID.randomUUID() + "@example.ru");
		WebSession.Page page = web.get("/test/documents/refused");
		assertThat(page.status()).isEqualTo(413);
		assertThat(page.text()).contains("Файл не принят").contains("не больше 3 файлов и 0,3 МБ");
	}

	private String createOperator() {
		String phone = Phones.fresh();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(new AccountId(UUID.randomUUID()), Set.of(Role.ADMIN)), null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			this.accounts.create(new org.medkarta.identity.Accounts.NewAccount(new PhoneNumber(phone),
					EmailAddress.of("operator" + phone.substring(3) + "@example.ru"), Set.of(Role.OPERATOR),
					Accounts.PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return phone;
	}

	private UUID accountOf(String phone) {
		return this.jdbc.sql("SELECT id FROM accounts WHERE phone = :p").param("p", phone).query(UUID.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private long countOf(UUID owner) {
		return this.jdbc.sql("SELECT count(*) FROM documents WHERE owner_account_id = :o")
			.param("o", owner)
			.query(Long.class)
			.single();
	}

	private void voidDocument(DocumentId id) {
		this.jdbc.sql("UPDATE documents SET voided_at = now(), voided_by = :by, void_reason = 'test' WHERE id = :id")
			.param("by", UUID.randomUUID())
			.param("id", id.value())
			.update();
	}

	/**
	 * A page that lets a refusal through, as an upload form that forgot to catch it
	 * would.
	 */
	@RestController
	static class RefusingController {

		@GetMapping("/test/documents/refused")
		String refuse() {
			throw new DocumentRefusedException(Reason.QUOTA, 3, new java.math.BigDecimal("0.3"));
		}

	}

}
