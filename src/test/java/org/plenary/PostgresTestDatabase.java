package org.plenary;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the tests at PostgreSQL when the Surefire execution "postgres-integration" runs them
 * (system property {@code plenary.test.database=postgres}): the URL from PLENARY_TEST_POSTGRES_URL,
 * the user and password from PLENARY_TEST_POSTGRES_USER / _PASSWORD (default postgres / postgres).
 * A test that changes what every other test sees (an admission changes today's roster) sets
 * {@code plenary.test.isolated-database=NAME} and gets a database of its own: an H2 database of
 * that name, or a PostgreSQL schema of that name.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = System.getenv("PLENARY_TEST_POSTGRES_URL");
		String isolated = environment.getProperty("plenary.test.isolated-database");
		Map<String, Object> properties = new HashMap<>();
		if (!"postgres".equals(System.getProperty("plenary.test.database")) || url == null || url.isBlank()) {
			if (isolated != null) {
				properties.put("spring.datasource.url", "jdbc:h2:mem:" + isolated + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
				environment.getPropertySources().addFirst(new MapPropertySource("plenary-test-isolated", properties));
			}
			return;
		}
		if (isolated != null) {
			url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + isolated;
			properties.put("spring.flyway.schemas", isolated);
			properties.put("spring.flyway.default-schema", isolated);
			properties.put("spring.flyway.create-schemas", "true");
		}
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", env("PLENARY_TEST_POSTGRES_USER", "postgres"));
		properties.put("spring.datasource.password", env("PLENARY_TEST_POSTGRES_PASSWORD", "postgres"));
		environment.getPropertySources().addFirst(new MapPropertySource("plenary-test-postgres", properties));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
