package org.plenary.audit;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chain's key: {@code plenary.audit.key} (base64) when set, else the key file (created on first start). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditKey auditKey(@Value("${plenary.audit.key:}") String key,
			@Value("${plenary.audit.key-file:./data/audit.key}") String file) {
		return key.isBlank() ? AuditKey.fromFile(Path.of(file)) : AuditKey.of(key, "plenary.audit.key");
	}
}
