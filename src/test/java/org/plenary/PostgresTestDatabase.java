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
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = System.getenv("PLENARY_TEST_POSTGRES_URL");
		if (!"postgres".equals(System.getProperty("plenary.test.database")) || url == null || url.isBlank()) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
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
