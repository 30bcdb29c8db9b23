package org.plenary;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * that name, or a PostgreSQL schema of that name. Either starts empty in each test JVM and is shared
 * by the contexts of that JVM that name it (two nodes on one database): the in-memory H2 database by
 * its nature, the PostgreSQL schema because the first context of the JVM to name it drops what an
 * earlier run left there (an admission made by the last run would otherwise be on today's roster).
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

	/** The isolated schemas this JVM has emptied already. */
	private static final Set<String> EMPTIED = ConcurrentHashMap.newKeySet();

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
		String user = env("PLENARY_TEST_POSTGRES_USER", "postgres");
		String password = env("PLENARY_TEST_POSTGRES_PASSWORD", "postgres");
		if (isolated != null) {
			if (EMPTIED.add(isolated)) {
				dropSchema(url, user, password, isolated);
			}
			url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + isolated;
			properties.put("spring.flyway.schemas", isolated);
			properties.put("spring.flyway.default-schema", isolated);
			properties.put("spring.flyway.create-schemas", "true");
		}
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", user);
		properties.put("spring.datasource.password", password);
		environment.getPropertySources().addFirst(new MapPropertySource("plenary-test-postgres", properties));
	}

	private static void dropSchema(String url, String user, String password, String schema) {
		if (!schema.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("plenary.test.isolated-database must be a lower-case SQL name: " + schema);
		}
		try (Connection c = DriverManager.getConnection(url, user, password)) {
			c.createStatement().execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not empty the test schema " + schema + ": " + ex.getMessage(), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
