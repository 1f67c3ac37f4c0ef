package org.medkarta.records.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.Citizens;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API with real Synthea bundles (a SNILS added to each Patient), re-sends,
 * broken bundles, transactions with one bad entry, and keys that do not work.
 */
@MedkartaTest
class FhirImportTests {

	/**
	 * The team's Synthea samples: {@code ../shared/data/fhir-samples} next to the
	 * project, or where {@code MEDKARTA_FHIR_SAMPLES} says.
	 */
	static final Path SAMPLES = samplesDirectory();

	private static Path samplesDirectory() {
		String configured = System.getenv("MEDKARTA_FHIR_SAMPLES");
		Path samples = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("..", "shared", "data", "fhir-samples");
		if (!Files.isDirectory(samples)) {
			throw new IllegalStateException("The FHIR samples are not at " + samples.toAbsolutePath()
					+ ": set MEDKARTA_FHIR_SAMPLES to their directory");
		}
		return samples;
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	AccessWorld world;

	AccessWorld.Desk clinic;

	String key;

	WebSession admin;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника импорта " + UUID.randomUUID().toString().substring(0, 4));
		this.admin = this.world.signIn(this.clinic.adminPhone());
		this.key = newKey(this.admin, this.clinic);
	}

	/** A key made by the clinic's administrator on the clinic's page, as they would. */
	private String newKey(AccessWorld.Desk desk) {
		return newKey(this.world.signIn(desk.adminPhone()), desk);
	}

	private String newKey(WebSession admin, AccessWorld.Desk desk) {
		admin.open("/clinic/api-keys");
		WebSession.Page page = admin.post("/clinic/api-keys/" + desk.id(), Map.of("name", "МИС"));
		String key = page.body().replaceAll("(?s).*<code class=\"secret\">([^<]+)</code>.*", "$1");
		assertThat(key).startsWith("mk_");
		return key;
	}

	static Stream<Path> samples() throws IOException {
		return Files.list(SAMPLES).filter((path) -> path.toString().endsWith(".json")).sorted();
	}

	/** The sample with a SNILS added to its Patient. */
	static ObjectNode withSnils(Path sample, String snils) throws IOException {
		ObjectNode bundle = (ObjectNode) JSON.readTree(Files.readString(sample));
		for (JsonNode entry : bundle.get("entry")) {
			ObjectNode resource = (ObjectNode) entry.get("resource");
			if ("Patient".equals(resource.get("resourceType").asString())) {
				ArrayNode identifiers = resource.has("identifier") ? (ArrayNode) resource.get("identifier")
						: resource.putArray("identifier");
				identifiers.addObject().put("system", FhirImport.SNILS).put("value", snils);
			}
		}
		return bundle;
	}

	private HttpResponse<String> post(String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/fhir/r4"))
			.header("Content-Type", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long count(String snils, String type, String section) {
		return this.jdbc
			.sql("SELECT count(*) FROM record_entries WHERE snils = :snils AND resource_type = :type "
					+ "AND (CAST(:section AS varchar) IS NULL OR section = :section)")
			.param("snils", snils)
			.param("type", type)
			.param("section", section)
			.query(Long.class)
			.single();
	}

	private static long countIn(JsonNode bundle, String type, boolean laboratoryOnly) {
		long n = 0;
		for (JsonNode entry : bundle.get("entry")) {
			JsonNode resource = entry.get("resource");
			if (!type.equals(resource.get("resourceType").asString())) {
				continue;
			}
			if (laboratoryOnly && !resource.toString().contains("\"laboratory\"")) {
				continue;
			}
			n++;
		}
		return n;
	}

	private static String snils() {
		return Citizens.snils("7" + Phones.fresh().substring(4)).value();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySyntheaSampleIsImportedWithItsCountsAndASecondSendChangesNothing(Path sample) throws Exception {
		String snils = snils();
		ObjectNode bundle = withSnils(sample, snils);
		HttpResponse<String> response = post(this.key, bundle.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
		JsonNode answer = JSON.readTree(response.body());
		assertThat(answer.get("resourceType").asString()).isEqualTo("Bundle");
		assertThat(answer.get("entry").size()).isEqualTo(bundle.get("entry").size());
		assertThat(response.body()).doesNotContain("422 Unprocessable");
		for (String type : List.of("Encounter", "Condition", "DiagnosticReport", "Immunization", "MedicationRequest",
				"DocumentReference", "Observation")) {
			assertThat(count(snils, type, null)).as(sample.getFileName() + " " + type)
				.isEqualTo(countIn(bundle, type, false));
		}
		assertThat(count(snils, "Observation", "LAB_RESULTS")).isEqualTo(countIn(bundle, "Observation", true));

		HttpResponse<String> again = post(this.key, bundle.toString());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).doesNotContain("201 Created");
		assertThat(count(snils, "Encounter", null)).isEqualTo(countIn(bundle, "Encounter", false));
		assertCountsKept(snils);
	}

	/** The section counts the overview reads (V22) equal the entries actually stored. */
	private void assertCountsKept(String... people) {
		for (String snils : people) {
			assertThat(new java.util.HashSet<>(counts(snils))).as("counts of " + snils)
				.isEqualTo(
						this.jdbc.sql("SELECT section, count(*) FROM record_entries WHERE snils = :s GROUP BY section")
							.param("s", snils)
							.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
							.set());
		}
	}

	@Test
	void theSectionCountsFollowAnEntryMovedToAnotherPersonOrSection() throws Exception {
		String first = snils();
		String second = snils();
		String bundle = """
				{"resourceType":"Bundle","type":"transaction","entry":[
				 {"fullUrl":"urn:uuid:%1$s","resource":{"resourceType":"Patient","id":"p-%1$s",
				   "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"%1$s"}]},
				   "request":{"method":"PUT","url":"Patient/p-%1$s"}},
				 {"resource":{"resourceType":"Observation","id":"obs-moved","status":"final",
				   "category":[{"coding":[{"code":"%2$s"}]}],"code":{"text":"Гемоглобин"},
				   "subject":{"reference":"urn:uuid:%1$s"},"effectiveDateTime":"2024-03-01",
				   "valueQuantity":{"value":120,"unit":"г/л"}},
				   "request":{"method":"PUT","url":"Observation/obs-moved"}}]}""";
		assertThat(post(this.key, bundle.formatted(first, "laboratory")).statusCode()).isEqualTo(200);
		assertThat(counts(first)).containsExactly("LAB_RESULTS=1");

		assertThat(post(this.key, bundle.formatted(first, "vital-signs")).statusCode()).isEqualTo(200);
		assertThat(counts(first)).containsExactly("MEASUREMENTS=1");

		assertThat(post(this.key, bundle.formatted(second, "vital-signs")).statusCode()).isEqualTo(200);
		assertThat(counts(first)).isEmpty();
		assertThat(counts(second)).containsExactly("MEASUREMENTS=1");
		assertCountsKept(first, second);
	}

	private List<String> counts(String snils) {
		return this.jdbc.sql("SELECT section, entries FROM record_counts WHERE snils = :s AND entries > 0")
			.param("s", snils)
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
			.list();
	}

	/**
	 * Two clinics' systems sending the same child's entries at the same moment, in
	 * opposite orders of sections: the imports wait for each other (FhirImport's lock per
	 * person) instead of each holding one section's count the other needs, and every
	 * entry is counted.
	 */
	@Test
	void concurrentImportsForOneChildAreAllStoredAndCounted() throws Exception {
		String snils = snils();
		String other = newKey(
				this.world.clinic("Вторая поликлиника импорта " + UUID.randomUUID().toString().substring(0, 4)));
		java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
			for (int round = 0; round < 8; round++) {
				sent.add(senders.submit(() -> post(this.key, mixedBundle(snils, "a", false))));
				sent.add(senders.submit(() -> post(other, mixedBundle(snils, "b", true))));
			}
			for (java.util.concurrent.Future<HttpResponse<String>> response : sent) {
				assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
			}
		}
		finally {
			senders.shutdownNow();
		}
		assertThat(counts(snils)).containsExactlyInAnyOrder("VISITS=2", "VACCINATIONS=2", "LAB_RESULTS=2",
				"PRESCRIPTIONS=2");
		assertCountsKept(snils);
	}

	/**
	 * An import the database gives up on (here a deadlock, made on purpose: another
	 * transaction holds the child's visit count and then asks for the import's lock on
	 * the child) is answered 503 with an OperationOutcome and stores nothing; sent again,
	 * it goes through.
	 */
	@Test
	void anImportTheDatabaseGivesUpOnIsAnsweredTryAgainAndStoresNothing() throws Exception {
		String snils = snils();
		assertThat(post(this.key, mixedBundle(snils, "first", false)).statusCode()).isEqualTo(200);
		String later = mixedBundle(snils, "later", false);
		java.util.concurrent.ExecutorService sender = java.util.concurrent.Executors.newSingleThreadExecutor();
		try (java.sql.Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (java.sql.PreparedStatement hold = other.prepareStatement(
					"SELECT entries FROM record_counts WHERE snils = ? AND section = 'VISITS' FOR UPDATE")) {
				hold.setString(1, snils);
				hold.executeQuery().close();
			}
			java.util.concurrent.Future<HttpResponse<String>> sent = sender.submit(() -> post(this.key, later));
			// The import now waits for the count this transaction holds.
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(20))
				.until(() -> this.jdbc
					.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted")
					.query(Long.class)
					.single() > 0);
			try (java.sql.PreparedStatement wait = other
				.prepareStatement("SELECT 1 FROM pg_advisory_xact_lock(hashtext('record:' || ?))")) {
				wait.setString(1, snils);
				wait.executeQuery().close();
			}
			other.rollback();
			HttpResponse<String> response = sent.get();
			assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(response.body()).contains("OperationOutcome", "transient", "send it again");
		}
		finally {
			sender.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM record_entries WHERE snils = :s AND source_id LIKE 'later-%'")
			.param("s", snils)
			.query(Long.class)
			.single()).isZero();
		assertCountsKept(snils);
		assertThat(post(this.key, later).statusCode()).isEqualTo(200);
		assertThat(counts(snils)).contains("VISITS=2");
	}

	/**
	 * A visit, a vaccination, a lab result and a prescription, or the same in reverse.
	 */
	private static String mixedBundle(String snils, String prefix, boolean reversed) {
		List<String> entries = new java.util.ArrayList<>(List.of("""
				{"resource":{"resourceType":"Encounter","id":"%1$s-enc","status":"finished",
				  "subject":{"reference":"urn:uuid:%2$s"},"period":{"start":"2024-03-01"}},
				  "request":{"method":"PUT","url":"Encounter/%1$s-enc"}}""", """
				{"resource":{"resourceType":"Immunization","id":"%1$s-imm","status":"completed",
				  "vaccineCode":{"text":"Вакцина"},"patient":{"reference":"urn:uuid:%2$s"},
				  "occurrenceDateTime":"2024-03-01"},"request":{"method":"PUT","url":"Immunization/%1$s-imm"}}""", """
				{"resource":{"resourceType":"Observation","id":"%1$s-obs","status":"final",
				  "category":[{"coding":[{"code":"laboratory"}]}],"code":{"text":"Гемоглобин"},
				  "subject":{"reference":"urn:uuid:%2$s"},"effectiveDateTime":"2024-03-01"},
				  "request":{"method":"PUT","url":"Observation/%1$s-obs"}}""", """
				{"resource":{"resourceType":"MedicationRequest","id":"%1$s-med","status":"active","intent":"order",
				  "medicationCodeableConcept":{"text":"Парацетамол"},"subject":{"reference":"urn:uuid:%2$s"},
				  "authoredOn":"2024-03-01"},"request":{"method":"PUT","url":"MedicationRequest/%1$s-med"}}"""));
		if (reversed) {
			java.util.Collections.reverse(entries);
		}
		return """
				{"resourceType":"Bundle","type":"transaction","entry":[
				 {"fullUrl":"urn:uuid:%2$s","resource":{"resourceType":"Patient","id":"p-%2$s",
				   "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"%2$s"}]},
				   "request":{"method":"PUT","url":"Patient/p-%2$s"}},
				""".formatted(prefix, snils) + String.join(",", entries).formatted(prefix, snils) + "]}";
	}

	@Test
	void aResendUpdatesTheEntryAndAnotherClinicCannotTouchIt() throws Exception {
		String snils = snils();
		String bundle = """
				{"resourceType":"Bundle","type":"batch","entry":[
				 {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1",
				   "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"%s"}]}},
				 {"resource":{"resourceType":"Immunization","id":"imm-1","status":"completed",
				   "vaccineCode":{"text":"%s"},"patient":{"reference":"urn:uuid:p1"},
				   "occurrenceDateTime":"2024-03-01"}}]}""";
		assertThat(post(this.key, bundle.formatted(snils, "Вакцина против кори")).body()).contains("201 Created");
		assertThat(post(this.key, bundle.formatted(snils, "Вакцина против кори, краснухи")).body()).contains("200 OK")
			.doesNotContain("201 Created");
		assertThat(this.jdbc.sql("SELECT title FROM record_entries WHERE snils = :s")
			.param("s", snils)
			.query(String.class)
			.list()).containsExactly("Вакцина против кори, краснухи");

		String other = newKey(this.world.clinic("Другая поликлиника импорта"));
		assertThat(post(other, bundle.formatted(snils, "Подмена")).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT title FROM record_entries WHERE snils = :s ORDER BY title")
			.param("s", snils)
			.query(String.class)
			.list()).containsExactly("Вакцина против кори, краснухи", "Подмена");
	}

	@Test
	void aTransactionWithOneBadEntryStoresNothingAndNamesTheEntry() throws Exception {
		String snils = snils();
		String bundle = """
				{"resourceType":"Bundle","type":"transaction","entry":[
				 {"fullUrl":"urn:uuid:p2","resource":{"resourceType":"Patient","id":"p2",
				   "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"%s"}]},"request":{"method":"POST","url":"Patient"}},
				 {"resource":{"resourceType":"Immunization","id":"imm-2","status":"completed",
				   "vaccineCode":{"text":"БЦЖ"},"patient":{"reference":"urn:uuid:p2"}},"request":{"method":"POST","url":"Immunization"}},
				 {"resource":{"resourceType":"Encounter","id":"enc-2","status":"finished",
				   "subject":{"reference":"urn:uuid:nobody"}},"request":{"method":"POST","url":"Encounter"}}]}"""
			.formatted(snils);
		HttpResponse<String> response = post(this.key, bundle);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("OperationOutcome").contains("Bundle.entry[2].resource.subject");
		assertThat(this.jdbc.sql("SELECT count(*) FROM record_entries WHERE snils = :s")
			.param("s", snils)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM record_patients WHERE snils = :s")
			.param("s", snils)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void brokenBundlesAreRefusedWithAnOperationOutcome() throws Exception {
		HttpResponse<String> notJson = post(this.key, "{\"resourceType\":\"Bundle\",\"type\":");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.body()).contains("OperationOutcome");
		assertThat(post(this.key, "{\"resourceType\":\"Patient\"}").statusCode()).isEqualTo(400);
		assertThat(post(this.key, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}").statusCode()).isEqualTo(422);
		HttpResponse<String> badSnils = post(this.key, """
				{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","id":"x",
				 "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"123-456-789 00"}]}}]}""");
		assertThat(badSnils.statusCode()).isEqualTo(200);
		assertThat(badSnils.body()).contains("422 Unprocessable Entity").contains("The SNILS is not valid");
		StringBuilder many = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
		for (int i = 0; i <= FhirImport.MAX_ENTRIES; i++) {
			many.append(i > 0 ? "," : "")
				.append("{\"resource\":{\"resourceType\":\"Basic\",\"id\":\"b")
				.append(i)
				.append("\"}}");
		}
		HttpResponse<String> tooMany = post(this.key, many.append("]}").toString());
		assertThat(tooMany.statusCode()).isEqualTo(413);
		assertThat(tooMany.body()).contains("At most 10000 entries");
	}

	@Test
	void onlyAValidKeyOpensTheApiAndKeysOpenNoPage() throws Exception {
		String body = "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}";
		assertThat(post(null, body).statusCode()).isEqualTo(401);
		assertThat(post("mk_wrong", body).statusCode()).isEqualTo(401);
		assertThat(post(this.key, body).statusCode()).isEqualTo(200);

		WebSession admin = this.admin;
		String page = admin.open("/clinic/api-keys").body();
		String keyId = page.replaceAll("(?s).*/clinic/api-keys/" + this.clinic.id() + "/([0-9a-f-]{36})/revoke.*",
				"$1");
		assertThat(admin.follow(admin.post("/clinic/api-keys/" + this.clinic.id() + "/" + keyId + "/revoke", Map.of()))
			.text()).contains("Ключ отозван").contains("отозван");
		assertThat(post(this.key, body).statusCode()).isEqualTo(401);

		HttpRequest withSession = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/fhir/r4"))
			.header("Content-Type", "application/fhir+json")
			.header("Cookie", "MEDKARTA_SESSION=" + admin.cookie("MEDKARTA_SESSION").orElseThrow())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		assertThat(this.http.send(withSession, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

		String fresh = newKey(admin, this.clinic);
		HttpRequest page2 = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/services/records"))
			.header("Authorization", "Bearer " + fresh)
			.build();
		HttpResponse<String> refused = this.http.send(page2, HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/signin");
	}

	@Test
	void anotherClinicsAdministratorCannotSeeOrRevokeTheKeys() {
		AccessWorld.Desk other = this.world.clinic("Чужая поликлиника ключей");
		WebSession admin = this.world.signIn(other.adminPhone());
		assertThat(admin.open("/clinic/api-keys").text()).doesNotContain(this.clinic.shortName());
		assertThat(admin.post("/clinic/api-keys/" + this.clinic.id(), Map.of("name", "x")).status()).isEqualTo(404);
		assertThat(this.world.signIn(this.clinic.staffPhone()).get("/clinic/api-keys").status()).isEqualTo(403);
	}

	@Test
	void aBundleOverTheSizeLimitIsRefusedWithTheLimit() throws Exception {
		byte[] huge = new byte[FhirImportController.MAX_BYTES + 1024];
		java.util.Arrays.fill(huge, (byte) ' ');
		huge[0] = '{';
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/fhir/r4"))
				.header("Content-Type", "application/fhir+json")
				.header("Authorization", "Bearer " + this.key)
				.POST(HttpRequest.BodyPublishers.ofByteArray(huge))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("OperationOutcome").contains("at most 20 MB");
	}

}
