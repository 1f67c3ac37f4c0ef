package org.medkarta;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

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

	/** Starts PostgreSQL while the rest of the application is still being set up. */
	@Bean(destroyMethod = "close")
	static EmbeddedPostgresStarter embeddedPostgresStarter() {
		return new EmbeddedPostgresStarter();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresStarter postgres, @Value("${medkarta.db.pool-size:10}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.await().getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setConnectionTimeout(5000);
		dataSource.setPoolName("medkarta");
		return dataSource;
	}

}
