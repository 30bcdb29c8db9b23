package org.plenary.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/** Off unless a broker is configured: no Kafka bean, hence no connection and no start-up cost, without one. */
class KafkaEventsConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(KafkaEventsConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(IncompleteEventPublications.class, () -> mock(IncompleteEventPublications.class));

	@Test
	void withoutABrokerThereIsNoKafkaBean() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(ProducerFactory.class);
			assertThat(context).doesNotHaveBean(KafkaTemplate.class);
			assertThat(context).doesNotHaveBean(DelegatingEventExternalizer.class);
			assertThat(context).doesNotHaveBean(EventExternalizationConfiguration.class);
			assertThat(context).doesNotHaveBean(IntegrationEventBridge.class);
		});
	}

	@Test
	void aBlankSettingIsNoBroker() {
		runner.withPropertyValues("plenary.kafka.bootstrap-servers= ", "spring.kafka.bootstrap-servers=")
			.run(context -> assertThat(context).doesNotHaveBean(KafkaTemplate.class));
	}

	@Test
	void eitherSettingTurnsItOnWithoutConnectingAtStart() {
		// Nothing listens on port 1: the context still starts at once, since nothing is sent before an event.
		for (String property : new String[] { "plenary.kafka.bootstrap-servers", "spring.kafka.bootstrap-servers" }) {
			long start = System.nanoTime();
			runner.withPropertyValues(property + "=127.0.0.1:1").run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(KafkaTemplate.class);
				assertThat(context).hasSingleBean(DelegatingEventExternalizer.class);
				assertThat(context).hasSingleBean(IntegrationEventBridge.class);
				assertThat(context.getBean(EventExternalizationConfiguration.class).supports(new Object())).isFalse();
			});
			assertThat((System.nanoTime() - start) / 1_000_000).as(property).isLessThan(5_000);
		}
	}
}
