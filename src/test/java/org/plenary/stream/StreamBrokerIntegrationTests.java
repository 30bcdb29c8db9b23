package org.plenary.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.kafka.broker.EmbeddedKafka;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two stream instances (one application id, exactly-once v2) against a real single-node KRaft broker
 * in this JVM: every transfer gets exactly one committed decision, an unreadable one an error record,
 * and a denial produced to {@code plenary.denials} changes the decisions within seconds.
 */
class StreamBrokerIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	static EmbeddedKafka kafka;
	static PlenaryStream first;
	static PlenaryStream second;

	@BeforeAll
	static void start() throws Exception {
		kafka = EmbeddedKafka.start(0, dir.resolve("kafka"));
		Screening screening = new Screening(null, MatchSettings.defaults());
		screening.load().join();
		first = PlenaryStream.start(settings("one"), StreamState.fromReferenceData(Clock.systemUTC(), screening));
		second = PlenaryStream.start(settings("two"), StreamState.fromReferenceData(Clock.systemUTC(), screening));
		long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!(first.running() && second.running()) && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		assertThat(first.running() && second.running()).as("both instances running: " + first.state() + ", " + second.state())
			.isTrue();
	}

	static PlenaryStream.Settings settings(String instance) {
		return new PlenaryStream.Settings(kafka.bootstrapServers(), "plenary-stream-it", dir.resolve("state-" + instance), 1, 4);
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable c : new AutoCloseable[] { second, first, kafka }) {
			try {
				if (c != null) {
					c.close();
				}
			}
			catch (Exception ignored) {
				// closing the rest matters more
			}
		}
	}

	@Test
	void everyTransferGetsExactlyOneDecisionAndADenialChangesLaterOnesWithinSeconds() throws Exception {
		try (KafkaProducer<String, String> producer = producer();
				KafkaConsumer<String, String> decisions = consumer(StreamTopics.TRANSFER_DECISIONS);
				KafkaConsumer<String, String> errors = consumer(StreamTopics.TRANSFER_ERRORS)) {
			for (int i = 0; i < 200; i++) {
				String id = "it-" + i;
				producer.send(new ProducerRecord<>(StreamTopics.TRANSFERS, id, StreamTopologyTests.TRANSFER.formatted(id, "2026-01-15")));
			}
			producer.send(new ProducerRecord<>(StreamTopics.TRANSFERS, "broken", "{\"id\":\"broken\",\"date\":"));
			producer.flush();

			Map<String, String> decided = new HashMap<>();
			List<String> ids = new ArrayList<>();
			long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (ids.size() < 200 && System.nanoTime() < until) {
				for (ConsumerRecord<String, String> r : decisions.poll(Duration.ofMillis(200))) {
					ids.add(r.key());
					decided.put(r.key(), JSON.readTree(r.value()).path("outcome").asString());
				}
			}
			assertThat(ids).hasSize(200).doesNotHaveDuplicates();
			assertThat(decided.values()).containsOnly("APPROVE");
			List<ConsumerRecord<String, String>> failed = poll(errors, 1);
			assertThat(failed).singleElement().satisfies(r -> {
				assertThat(r.key()).isEqualTo("broken");
				assertThat(JSON.readTree(r.value()).path("topic").asString()).isEqualTo(StreamTopics.TRANSFERS);
				assertThat(JSON.readTree(r.value()).path("problem").asString()).contains("Not valid JSON");
			});

			producer.send(new ProducerRecord<>(StreamTopics.DENIALS, "42",
					StreamTopologyTests.DENIAL.formatted("2025-11-01", true, "2026-01-01T10:00:00Z"))).get();
			long sent = System.nanoTime();
			String outcome = null;
			int probe = 0;
			while (!"CONSULT".equals(outcome) && System.nanoTime() - sent < Duration.ofSeconds(10).toNanos()) {
				String id = "probe-" + probe++;
				producer.send(new ProducerRecord<>(StreamTopics.TRANSFERS, id, StreamTopologyTests.TRANSFER.formatted(id, "2026-01-15")))
					.get();
				for (ConsumerRecord<String, String> r : poll(decisions, 1)) {
					outcome = JSON.readTree(r.value()).path("outcome").asString();
				}
			}
			assertThat(outcome).as("a transfer decided after the denial was produced, within 10 s").isEqualTo("CONSULT");
		}
	}

	@Test
	void anInstanceStartedLaterReadsTheGlobalTopicsWholeBeforeItDecides() throws Exception {
		try (KafkaProducer<String, String> producer = producer()) {
			producer.send(new ProducerRecord<>(StreamTopics.DENIALS, "43", StreamTopologyTests.DENIAL.formatted("2025-11-01", true,
					"2026-01-01T10:00:00Z").replace("\"denialId\":42", "\"denialId\":43").replace("\"recipientState\":\"PK\"", "\"recipientState\":\"IR\""))).get();
		}
		Screening screening = new Screening(null, MatchSettings.defaults());
		StreamState state = StreamState.fromReferenceData(Clock.systemUTC(), screening);
		try (PlenaryStream third = PlenaryStream.start(new PlenaryStream.Settings(kafka.bootstrapServers(), "plenary-stream-late",
				dir.resolve("state-late"), 1, 4), state)) {
			long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (!third.running() && System.nanoTime() < until) {
				Thread.sleep(200);
			}
			assertThat(third.running()).isTrue();
			assertThat(state.view().denials().size()).as("denial 43, restored from plenary.denials at start").isGreaterThanOrEqualTo(1);
		}
	}

	private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, int atLeast) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (records.size() < atLeast && System.nanoTime() < until) {
			consumer.poll(Duration.ofMillis(100)).forEach(records::add);
		}
		return records;
	}

	private static KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer());
	}

	private static KafkaConsumer<String, String> consumer(String topic) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(topic));
		return consumer;
	}
}
