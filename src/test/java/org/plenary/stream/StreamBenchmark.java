package org.plenary.stream;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plenary.kafka.broker.EmbeddedKafka;

/**
 * The pieces of bench/stream-bench.sh, each its own process:
 * <pre>
 *   broker DIR BOOTSTRAP_FILE            an in-process KRaft broker; writes host:port to the file, runs until killed
 *   topics BOOTSTRAP PARTITIONS          creates the stream's topics
 *   produce BOOTSTRAP FILE [RATE]        the transfers of FILE (JSON Lines, key = id), as fast as possible or RATE/s
 *   count BOOTSTRAP N IDLE_SECONDS       read_committed decisions and errors until N transfer ids are answered or
 *                                        nothing arrives for IDLE_SECONDS: distinct, duplicates, missing, the rate
 *                                        between first and last, and latency p50/p99 from each record's produce time
 * </pre>
 * Transfer ids are {@code t-1 .. t-N} (bench/TransferGenerator.java).
 */
public final class StreamBenchmark {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "broker" -> broker(Path.of(args[1]), Path.of(args[2]));
			case "topics" -> PlenaryStream.createTopics(args[1], Integer.parseInt(args[2]));
			case "produce" -> produce(args[1], Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 0);
			case "count" -> count(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			default -> throw new IllegalArgumentException("unknown: " + Arrays.toString(args));
		}
	}

	static void broker(Path dir, Path bootstrapFile) throws Exception {
		EmbeddedKafka kafka = EmbeddedKafka.start(0, dir);
		Files.writeString(bootstrapFile, kafka.bootstrapServers());
		System.err.println("broker at " + kafka.bootstrapServers());
		kafka.awaitShutdown();
	}

	static void produce(String bootstrap, Path file, int rate) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, rate > 0 ? 0 : 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
				ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		long start = System.nanoTime();
		long sent = 0;
		AtomicLong failed = new AtomicLong();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
				BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				sent++;
				if (rate > 0) {
					long due = start + sent * 1_000_000_000L / rate;
					long wait;
					while ((wait = due - System.nanoTime()) > 0) {
						Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
					}
				}
				producer.send(new ProducerRecord<>(StreamTopics.TRANSFERS, "t-" + sent, line), (m, ex) -> {
					if (ex != null) {
						failed.incrementAndGet();
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("produced %d transfers in %.1f s (%.0f/s), %d failed%n", sent, seconds, sent / seconds, failed.get());
	}

	static void count(String bootstrap, int n, int idleSeconds) {
		BitSet seen = new BitSet(n + 1);
		long duplicates = 0, decisions = 0, errors = 0, others = 0;
		long first = 0, last = 0;
		long[] latencies = new long[n];
		int latencyCount = 0;
		Map<String, Long> unknownKeys = new HashMap<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(StreamTopics.TRANSFER_DECISIONS, StreamTopics.TRANSFER_ERRORS));
			long idleSince = System.nanoTime();
			while (seen.cardinality() < n && System.nanoTime() - idleSince < idleSeconds * 1_000_000_000L) {
				var records = consumer.poll(Duration.ofMillis(200));
				long now = System.currentTimeMillis();
				if (!records.isEmpty()) {
					idleSince = System.nanoTime();
				}
				for (ConsumerRecord<String, String> r : records) {
					if (first == 0) {
						first = now;
					}
					last = now;
					if (r.topic().equals(StreamTopics.TRANSFER_ERRORS)) {
						errors++;
					}
					else {
						decisions++;
					}
					int id = r.key() != null && r.key().startsWith("t-") ? Integer.parseInt(r.key().substring(2)) : -1;
					if (id < 1 || id > n) {
						others++;
						unknownKeys.merge(String.valueOf(r.key()), 1L, Long::sum);
						continue;
					}
					if (seen.get(id)) {
						duplicates++;
					}
					else {
						seen.set(id);
						if (latencyCount < latencies.length) {
							latencies[latencyCount++] = now - r.timestamp();
						}
					}
				}
			}
		}
		int distinct = seen.cardinality();
		double seconds = Math.max(1, last - first) / 1000.0;
		Arrays.sort(latencies, 0, latencyCount);
		System.out.printf("decisions %d, errors %d, distinct transfer ids %d of %d, duplicates %d, missing %d, other keys %d%n",
				decisions, errors, distinct, n, duplicates, n - distinct, others);
		System.out.printf("first to last record consumed: %.1f s, %.0f transfers/s%n", seconds, (decisions + errors) / seconds);
		if (latencyCount > 0) {
			System.out.printf("latency produce->consumed (ms): p50 %d, p99 %d, max %d%n", latencies[latencyCount / 2],
					latencies[(int) Math.min(latencyCount - 1, Math.round(latencyCount * 0.99))], latencies[latencyCount - 1]);
		}
	}

	private StreamBenchmark() {
	}
}
