package org.medkarta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default mode: when no external database is named ({@code MEDKARTA_DB_URL}), the
 * application runs its own PostgreSQL with its data in
 * {@code MEDKARTA_DATA_DIR/postgres}, kept across restarts. The same SQL runs here and in
 * production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${medkarta.db.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${medkarta.data-dir}") String dataDir,
			@Value("${medkarta.db.embedded-port:0}") int port) {
		Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "100");
			if (port > 0) {
				builder.setPort(port);
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${medkarta.db.pool-size:10}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setConnectionTimeout(5000);
		dataSource.setPoolName("medkarta");
		return dataSource;
	}

}
