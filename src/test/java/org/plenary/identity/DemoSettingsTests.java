package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoSettingsTests {

	@Test
	void demoIsOnForTheEmbeddedDatabase() {
		assertThat(settings("jdbc:h2:file:./data/plenary", null).enabled()).isTrue();
	}

	@Test
	void demoIsOffForPostgresqlUnlessExplicitlyEnabled() {
		assertThat(settings("jdbc:postgresql://db/plenary", null).enabled()).isFalse();
		assertThat(settings("jdbc:postgresql://db/plenary", "true").enabled()).isTrue();
	}

	@Test
	void demoCanBeSwitchedOffForTheEmbeddedDatabase() {
		assertThat(settings("jdbc:h2:mem:x", "false").enabled()).isFalse();
	}

	@Test
	void passwordComesFromTheEnvironmentWithDemoAsDefault() {
		assertThat(settings("jdbc:h2:mem:x", null).password()).isEqualTo("demo");
		MockEnvironment env = new MockEnvironment().withProperty("PLENARY_DEMO_PASSWORD", "s3cret");
		assertThat(new DemoSettings(env).password()).isEqualTo("s3cret");
	}

	private static DemoSettings settings(String url, String enabled) {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", url);
		if (enabled != null) {
			env.setProperty("plenary.demo.enabled", enabled);
		}
		return new DemoSettings(env);
	}
}
