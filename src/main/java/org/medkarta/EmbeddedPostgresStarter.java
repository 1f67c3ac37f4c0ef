package org.medkarta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the bean definitions
 * are read, so the server boots while Spring creates the web layer; the data source waits
 * for it. Stopped with the application context.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, EnvironmentAware, AutoCloseable {

	private Environment environment;

	private CompletableFuture<EmbeddedPostgres> server;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Path directory = Path.of(this.environment.getProperty("medkarta.data-dir", "./data"), "postgres")
			.toAbsolutePath()
			.normalize();
		int port = this.environment.getProperty("medkarta.db.embedded-port", Integer.class, 0);
		this.server = CompletableFuture.supplyAsync(() -> start(directory, port));
	}

	EmbeddedPostgres await() {
		try {
			return this.server.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	private static EmbeddedPostgres start(Path directory, int port) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Spring stops the server when the context closes, after the last request
				// and the last connection; the library's own hook would stop it earlier.
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100");
			if (port > 0) {
				builder.setPort(port);
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not start the embedded PostgreSQL in " + directory + " (is another Medkarta using it?)", ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (this.server != null && !this.server.isCompletedExceptionally()) {
			this.server.join().close();
		}
	}

}
