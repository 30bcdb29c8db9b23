package org.plenary.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

/** The in-process broker: a record goes in and comes out, transactions commit and abort, data survives a restart. */
class EmbeddedKafkaTests {

	@TempDir
	static Path dir;

	static EmbeddedKafka kafka;

	@BeforeAll
	static void start() {
		kafka = EmbeddedKafka.start(0, dir);
	}

	@AfterAll
	static void stop() {
		if (kafka != null) {
			kafka.close();
		}
	}

	@Test
	void aRecordProducedIsConsumedWithItsKey() throws Exception {
		kafka.createTopics("plain");
		try (KafkaProducer<String, String> producer = producer(Map.of())) {
			producer.send(new ProducerRecord<>("plain", "DEN-1", "{\"x\":1}")).get();
		}
		List<ConsumerRecord<String, String>> records = consume("plain", "read_uncommitted", 1);
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.key()).isEqualTo("DEN-1");
			assertThat(record.value()).isEqualTo("{\"x\":1}");
		});
	}

	@Test
	void aReadCommittedConsumerSeesTheCommittedTransactionAndNotTheAbortedOne() throws Exception {
		kafka.createTopics("tx");
		try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-test"))) {
			producer.initTransactions();
			producer.beginTransaction();
			producer.send(new ProducerRecord<>("tx", "k", "aborted"));
			producer.flush();
			producer.abortTransaction();
			producer.beginTransaction();
			producer.send(new ProducerRecord<>("tx", "k", "committed-1"));
			producer.send(new ProducerRecord<>("tx", "k", "committed-2"));
			producer.commitTransaction();
		}
		List<ConsumerRecord<String, String>> records = consume("tx", "read_committed", 2);
		assertThat(records).extracting(ConsumerRecord::value).containsExactly("committed-1", "committed-2");
	}

	@Test
	void createTopicsIsIdempotent() {
		kafka.createTopics("twice", "twice");
		kafka.createTopics("twice");
		assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
	}

	@Test
	void recordsSurviveARestartOnTheSameDataDirectory(@TempDir Path own) throws Exception {
		try (EmbeddedKafka first = EmbeddedKafka.start(0, own)) {
			first.createTopics("durable");
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(first, Map.of()))) {
				producer.send(new ProducerRecord<>("durable", "a", "kept")).get();
			}
		}
		try (EmbeddedKafka second = EmbeddedKafka.start(0, own)) {
			List<ConsumerRecord<String, String>> records = consume(second, "durable", "read_committed", 1);
			assertThat(records).extracting(ConsumerRecord::value).containsExactly("kept");
		}
	}

	private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
		return new KafkaProducer<>(producerConfig(kafka, extra));
	}

	private static Map<String, Object> producerConfig(EmbeddedKafka broker, Map<String, Object> extra) {
		Map<String, Object> config = new java.util.HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		config.putAll(extra);
		return config;
	}

	private static List<ConsumerRecord<String, String>> consume(String topic, String isolation, int atLeast) {
		return consume(kafka, topic, isolation, atLeast);
	}

	static List<ConsumerRecord<String, String>> consume(EmbeddedKafka broker, String topic, String isolation, int atLeast) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (records.size() < atLeast && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			// a little longer, so that records that should not be there would show
			consumer.poll(Duration.ofMillis(300)).forEach(records::add);
		}
		return records;
	}
}
