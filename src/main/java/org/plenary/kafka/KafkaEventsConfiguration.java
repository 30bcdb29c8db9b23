package org.plenary.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.scheduling.annotation.Scheduled;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events out to Kafka, when a broker is configured ({@link KafkaConfigured}); otherwise none of these
 * beans exists and nothing connects. The {@link IntegrationEventBridge} publishes each integration
 * event in the transaction of its change; Spring Modulith stores it in the event publication registry
 * with that transaction and, after commit, hands it to the externalizer below, which sends it to its
 * topic under its key; the publication completes when the broker has acknowledged the record. A
 * publication whose sending failed stays incomplete and is sent again: every
 * {@code plenary.kafka.resubmit-interval} while running, and at start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(KafkaConfigured.class)
class KafkaEventsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KafkaEventsConfiguration.class);

	/** Fixed, so the contract does not follow the web's JSON settings (non_null there; nulls written here). */
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	ProducerFactory<String, String> plenaryKafkaProducerFactory(Environment env) {
		Duration deliveryTimeout = deliveryTimeout(env);
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaConfigured.bootstrapServers(env));
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "plenary-events");
		// Acknowledged by every in-sync replica, once per record even when the client retries, in order per key.
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		// A broker that is away fails the send within the delivery timeout; the publication stays incomplete.
		int timeout = (int) Math.min(Integer.MAX_VALUE, deliveryTimeout.toMillis());
		int request = Math.max(1000, Math.min(timeout / 2, 30_000));
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
		// Anything else the cluster needs (TLS, SASL, ...): plenary.kafka.properties.<kafka producer setting>=value.
		config.putAll(Binder.get(env).bind("plenary.kafka.properties", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
		DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(config);
		// At shutdown, do not wait long for a broker that is away: what is unsent stays incomplete and goes at the next start.
		factory.setPhysicalCloseTimeout(5);
		return factory;
	}

	@Bean
	KafkaTemplate<String, String> plenaryKafkaTemplate(ProducerFactory<String, String> plenaryKafkaProducerFactory) {
		return new KafkaTemplate<>(plenaryKafkaProducerFactory);
	}

	/** Which events go out (the integration events only), where (their topic) and under which key. */
	@Bean
	EventExternalizationConfiguration plenaryEventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.selectByType(IntegrationEvent.class::isAssignableFrom)
			.serializeExternalization(true)
			.routeAll(event -> RoutingTarget.forTarget(((IntegrationEvent) event).topic()).andKey(((IntegrationEvent) event).key()))
			.build();
	}

	/** Sends an integration event as its JSON; the returned future completes the publication on the broker's acknowledgement. */
	@Bean
	DelegatingEventExternalizer plenaryKafkaExternalizer(EventExternalizationConfiguration plenaryEventExternalization,
			KafkaTemplate<String, String> plenaryKafkaTemplate) {
		return new DelegatingEventExternalizer(plenaryEventExternalization, (target, payload) -> plenaryKafkaTemplate
			.send(target.getTarget(), target.getKey(), JSON.writeValueAsString(payload)));
	}

	@Bean
	IntegrationEventBridge plenaryIntegrationEventBridge(ApplicationEventPublisher events, Clock clock) {
		return new IntegrationEventBridge(events, clock);
	}

	@Bean
	Resubmission plenaryKafkaResubmission(IncompleteEventPublications incomplete, Environment env) {
		return new Resubmission(incomplete, deliveryTimeout(env));
	}

	/** {@code plenary.kafka.delivery-timeout}: how long a send may take before it counts as failed (default 30 s). */
	static Duration deliveryTimeout(Environment env) {
		Duration timeout = DurationStyle.detectAndParse(env.getProperty("plenary.kafka.delivery-timeout", "PT30S"));
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalStateException("plenary.kafka.delivery-timeout must be positive, was " + timeout);
		}
		return timeout;
	}

	/**
	 * Sends again the integration events whose sending failed (the broker was away): those still
	 * incomplete once the delivery timeout has passed since publication, or since their last attempt.
	 */
	static class Resubmission {

		private final IncompleteEventPublications incomplete;
		private final Duration settle;

		Resubmission(IncompleteEventPublications incomplete, Duration deliveryTimeout) {
			this.incomplete = incomplete;
			this.settle = deliveryTimeout.plusSeconds(1);
		}

		@Scheduled(initialDelayString = "${plenary.kafka.resubmit-interval:PT30S}",
				fixedDelayString = "${plenary.kafka.resubmit-interval:PT30S}")
		void resubmit() {
			java.time.Instant before = java.time.Instant.now().minus(settle);
			try {
				incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof IntegrationEvent
						&& last(publication).isBefore(before));
			}
			catch (RuntimeException ex) {
				log.warn("Could not resubmit the unsent events to Kafka: {}", ex.toString());
			}
		}

		private static java.time.Instant last(org.springframework.modulith.events.EventPublication publication) {
			java.time.Instant resubmitted = publication.getLastResubmissionDate();
			return resubmitted != null && resubmitted.isAfter(publication.getPublicationDate()) ? resubmitted
					: publication.getPublicationDate();
		}
	}
}
