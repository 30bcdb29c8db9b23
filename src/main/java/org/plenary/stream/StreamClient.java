package org.plenary.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two ends of the stream for a person at a terminal, without Kafka's own scripts: JSON lines in to
 * a topic, keyed by their {@code id}, and the records of a topic out, as they were written.
 */
public final class StreamClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StreamClient() {
	}

	/** What {@link #send} did: lines sent, and the blank lines passed over. */
	public record Sent(long records, long blank) {
	}

	/**
	 * Sends each non-blank line of {@code in} to {@code topic}, keyed by the line's {@code "id"} when it is
	 * a JSON object with one (a line that is not JSON is sent as it is, without a key: the stream answers it
	 * on its error topic). Returns once the broker has acknowledged every record.
	 */
	public static Sent send(String bootstrapServers, String topic, BufferedReader in) throws IOException {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
		long records = 0;
		long blank = 0;
		List<Future<?>> pending = new ArrayList<>();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					blank++;
					continue;
				}
				pending.add(producer.send(new ProducerRecord<>(topic, keyOf(line), line)));
				records++;
			}
			producer.flush();
			for (Future<?> f : pending) {
				f.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while sending", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("the broker at " + bootstrapServers + " did not take a record: " + ex.getCause().getMessage(), ex);
		}
		return new Sent(records, blank);
	}

	/** The {@code id} of a JSON object line, or null. */
	static String keyOf(String line) {
		try {
			JsonNode node = JSON.readTree(line);
			JsonNode id = node == null ? null : node.get("id");
			return id != null && id.isValueNode() && !id.isNull() ? id.asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Hands each committed record of {@code topic}, from its beginning, to {@code sink} (key and value),
	 * until {@code max} records were read (0: no limit) or nothing arrived for {@code idle}. Reads
	 * {@code read_committed}, so a record of an aborted transaction is never shown. Returns how many.
	 */
	public static long receive(String bootstrapServers, String topic, long max, Duration idle, Consumer<ConsumerRecord<String, String>> sink) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		long read = 0;
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
				.map(p -> new TopicPartition(topic, p.partition())).toList();
			if (partitions.isEmpty()) {
				throw new IllegalArgumentException("no topic " + topic + " on " + bootstrapServers);
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long idleSince = System.nanoTime();
			while ((max == 0 || read < max) && System.nanoTime() - idleSince < idle.toNanos()) {
				for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
					idleSince = System.nanoTime();
					sink.accept(r);
					if (++read == max) {
						break;
					}
				}
			}
		}
		return read;
	}
}
