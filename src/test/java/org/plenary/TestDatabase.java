package org.plenary;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Cleans the test database once per JVM (per database) before migrating, so every run starts from an
 * empty schema; and gives the application a {@link TestClock}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

	/** The application's clock in tests: real time, which a test may move forward. */
	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate(@Value("${plenary.test.clean-database:false}") boolean clean,
			@Value("${spring.datasource.url}") String url) {
		return flyway -> {
			if (clean && CLEANED.add(url)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}
}
