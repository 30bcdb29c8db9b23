package org.plenary.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application (UTC), injected wherever "today" matters so tests can fix it; imported by batch contexts. */
@Configuration(proxyBeanMethods = false)
public class Clocks {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
