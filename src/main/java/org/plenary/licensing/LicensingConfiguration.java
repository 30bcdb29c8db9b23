package org.plenary.licensing;

import java.util.List;

import org.plenary.guidelines.Guidelines;
import org.plenary.registry.Registry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the assessor to the registry, the Guidelines, and whatever denial matchers the application has. */
@Configuration(proxyBeanMethods = false)
class LicensingConfiguration {

	@Bean
	TransferAssessor transferAssessor(Registry registry, Guidelines guidelines, List<DenialMatches> denials) {
		return new TransferAssessor(registry, guidelines, denials);
	}
}
