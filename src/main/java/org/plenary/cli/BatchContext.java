package org.plenary.cli;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The smallest application context a batch command needs: the database (migrated), the registry,
 * the Guidelines with their stored exceptions, the transfer assessor and the denial matcher. No web
 * server, no scheduler, no security: it starts in about a second instead of four, which matters for
 * a command that should assess a million transfers in seconds.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		FlywayAutoConfiguration.class, JacksonAutoConfiguration.class })
@ComponentScan(basePackages = "org.plenary", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX, pattern = { "org\\.plenary\\.shared\\.Clocks", "org\\.plenary\\.registry\\.Registry",
				"org\\.plenary\\.registry\\.RegistryStore", "org\\.plenary\\.guidelines\\.ExceptionRegister\\$GuidelinesConfiguration",
				"org\\.plenary\\.licensing\\.LicensingConfiguration", "org\\.plenary\\.audit\\.AuditLog",
				"org\\.plenary\\.screening\\.(ScreeningConfiguration|denials\\.(Denials|DenialStore|Judgements))" }))
class BatchContext {

	static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BatchContext.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
			.profiles("cli")
			.properties(Map.of("logging.level.root", "WARN", "logging.level.org.flywaydb", "ERROR",
					"logging.level.org.springframework", "OFF", "spring.main.log-startup-info", "false"))
			.run();
	}
}
