package org.plenary.cli;

import java.util.Map;

import org.plenary.PlenaryApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for commands that need the database: quiet logs, no
 * banner, no scheduled work. The same configuration as {@code serve} (PLENARY_DB_URL and friends).
 */
final class CommandContext {

	private CommandContext() {
	}

	static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PlenaryApplication.class).web(WebApplicationType.NONE)
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			.profiles("cli")
			.properties(Map.of("logging.level.root", "WARN", "logging.level.org.plenary", "WARN",
					"spring.main.log-startup-info", "false", "logging.level.org.springframework.boot.SpringApplication", "OFF", "logging.level.org.flywaydb", "ERROR", "plenary.silence.initial-delay", "1h"))
			.run();
	}
}
