package org.medkarta.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test run a database of its own and drops it at the end. With
 * {@code MEDKARTA_TEST_DB_URL} set (a JDBC URL of a PostgreSQL server's maintenance
 * database, user included) the database is made on that server; otherwise on an embedded
 * PostgreSQL started for the run. Registered for every Spring test context in
 * {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static Handle handle;

	/** Application contexts using the database and not yet closed. */
	private static int openContexts;

	private static boolean shuttingDown;

	private static boolean dropped;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Handle database = database();
		opened();
		context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {

			@Override
			public void onApplicationEvent(ContextClosedEvent event) {
				if (event.getApplicationContext() == context) {
					closed();
				}
			}

		});
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("medkarta-test-database",
					Map.of("medkarta.db.url", database.url(), "spring.datasource.url", database.url(),
							"spring.datasource.username", database.user(), "spring.datasource.password", "",
							"medkarta.data-dir", database.dataDir().toString())));
	}

	/** The database of this run, made on first use. */
	public static synchronized Handle database() {
		if (handle == null) {
			handle = create();
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::jvmStopping, "medkarta-test-database-drop"));
		}
		return handle;
	}

	private static Handle create() {
		String name = "medkarta_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			Path dataDir = Files.createTempDirectory("medkarta-test-data");
			String external = System.getenv("MEDKARTA_TEST_DB_URL");
			if (external != null && !external.isBlank()) {
				execute(external, "CREATE DATABASE " + name);
				return new Handle(withDatabase(external, name), external, name, user(external), dataDir, null);
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			String admin = postgres.getJdbcUrl("postgres", "postgres");
			execute(admin, "CREATE DATABASE " + name);
			return new Handle(postgres.getJdbcUrl("postgres", name), admin, name, "postgres", dataDir, postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the test database", ex);
		}
	}

	private static synchronized void opened() {
		openContexts++;
	}

	/**
	 * Spring closes the test contexts in a shutdown hook of its own, which runs alongside
	 * this one: the database is dropped once the JVM is stopping and the last context has
	 * closed, so no context loses its connections while it shuts down.
	 */
	private static synchronized void closed() {
		openContexts--;
		if (shuttingDown && openContexts <= 0) {
			drop();
		}
	}

	private static synchronized void jvmStopping() {
		shuttingDown = true;
		if (openContexts <= 0) {
			drop();
		}
	}

	private static void drop() {
		if (dropped) {
			return;
		}
		dropped = true;
		try {
			execute(handle.adminUrl(), "DROP DATABASE IF EXISTS " + handle.name() + " WITH (FORCE)");
			if (handle.embedded() != null) {
				handle.embedded().close();
			}
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not drop the test database " + handle.name() + ": " + ex.getMessage());
		}
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL", ex);
		}
	}

	/**
	 * The same server URL with another database:
	 * {@code jdbc:postgresql://host:port/NAME?…}.
	 */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String parameters = (query >= 0) ? url.substring(query) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
	}

	private static String user(String url) {
		int at = url.toLowerCase(Locale.ROOT).indexOf("user=");
		if (at < 0) {
			return System.getProperty("user.name");
		}
		int end = url.indexOf('&', at);
		return url.substring(at + 5, (end < 0) ? url.length() : end);
	}

	/**
	 * The database of a test run.
	 *
	 * @param url its JDBC URL
	 * @param adminUrl where it was created from and is dropped from
	 * @param name its name
	 * @param user the user to connect as
	 * @param dataDir the application's data directory for the run
	 * @param embedded the embedded server, when one was started
	 */
	public record Handle(String url, String adminUrl, String name, String user, Path dataDir,
			EmbeddedPostgres embedded) {
	}

}
