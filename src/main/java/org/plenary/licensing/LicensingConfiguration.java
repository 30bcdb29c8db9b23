package org.plenary.licensing;

import java.util.List;

import org.plenary.guidelines.Guidelines;
import org.plenary.registry.Registry;
import org.plenary.web.RequestBodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Wires the assessor to the registry, the Guidelines, and whatever denial matchers the application has. */
@Configuration(proxyBeanMethods = false)
class LicensingConfiguration {

	@Bean
	TransferAssessor transferAssessor(Registry registry, Guidelines guidelines, List<DenialMatches> denials) {
		return new TransferAssessor(registry, guidelines, denials);
	}

	/**
	 * Up to 10,000 transfers in one assessment request: 8 MiB holds 10,000 transfers of about 800
	 * bytes, descriptions, aliases and addresses included (a measured batch: TransferBatchIntegrationTests).
	 */
	@Bean
	RequestBodyLimit assessmentBodyLimit() {
		return new RequestBodyLimit("/api/transfers/assessments", DataSize.ofMegabytes(8));
	}
}
