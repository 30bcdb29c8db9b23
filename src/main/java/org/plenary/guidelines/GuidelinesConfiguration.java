package org.plenary.guidelines;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Guidelines bean: the shipped data, then the amendments and exceptions adopted by consensus
 * and stored, in the order they were adopted. A batch context without the web's JSON mapper reads
 * the stored amendments with a plain one.
 */
@Configuration(proxyBeanMethods = false)
class GuidelinesConfiguration {

	@Bean
	Guidelines guidelines(JdbcClient jdbc, ObjectProvider<JsonMapper> json) {
		JsonMapper mapper = json.getIfAvailable(
				() -> JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
		Guidelines guidelines = Guidelines.fromReferenceData();
		AmendmentRegister.stored(jdbc, mapper).forEach(guidelines::apply);
		ExceptionRegister.stored(jdbc).forEach(guidelines::add);
		return guidelines;
	}
}
