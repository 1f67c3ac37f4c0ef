package org.medkarta.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a random port, on the run's own PostgreSQL, with a clock the
 * test moves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MedkartaTest.TestClock.class)
public @interface MedkartaTest {

	@TestConfiguration(proxyBeanMethods = false)
	class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
		}

	}

}
