package org.plenary.kafka;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether a Kafka broker is configured: {@code plenary.kafka.bootstrap-servers} or
 * {@code spring.kafka.bootstrap-servers} is set (and not blank). Without it the module creates no bean.
 */
class KafkaConfigured implements Condition {

	static final String PROPERTY = "plenary.kafka.bootstrap-servers";
	static final String SPRING_PROPERTY = "spring.kafka.bootstrap-servers";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(bootstrapServers(context.getEnvironment()));
	}

	static String bootstrapServers(org.springframework.core.env.PropertyResolver env) {
		String servers = env.getProperty(PROPERTY);
		return StringUtils.hasText(servers) ? servers.trim() : env.getProperty(SPRING_PROPERTY, "").trim();
	}
}
