package org.plenary.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One instance of the stream application: creates the topics that are missing, then runs the
 * topology with exactly-once processing (v2). Instances started with the same application id share
 * the partitions of the transfers and parties topics; each reads the global topics whole.
 */
public final class PlenaryStream implements AutoCloseable {

	/** What {@code plenary stream} is told on its command line. */
	public record Settings(String bootstrapServers, String applicationId, Path stateDir, int threads, int partitions) {
	}

	private final KafkaStreams streams;

	private PlenaryStream(KafkaStreams streams) {
		this.streams = streams;
	}

	/** Starts an instance over {@code state}; it runs until {@link #close()}. */
	public static PlenaryStream start(Settings settings, StreamState state) {
		createTopics(settings.bootstrapServers(), settings.partitions());
		KafkaStreams streams = new KafkaStreams(StreamTopology.build(state), properties(settings));
		streams.start();
		return new PlenaryStream(streams);
	}

	static Properties properties(Settings s) {
		Properties p = new Properties();
		p.put(StreamsConfig.APPLICATION_ID_CONFIG, s.applicationId());
		p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrapServers());
		p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, s.threads());
		p.put(StreamsConfig.STATE_DIR_CONFIG, s.stateDir().toString());
		p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
		p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
		// The global processors catch what they cannot read themselves; enabling the handler there silences its warning.
		p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
		return p;
	}

	/** Creates the work topics with {@code partitions} partitions and the global ones with one, where missing. */
	public static void createTopics(String bootstrapServers, int partitions) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Set<String> existing = admin.listTopics().names().get();
			List<NewTopic> missing = new ArrayList<>();
			StreamTopics.WORK.stream().filter(t -> !existing.contains(t))
				.forEach(t -> missing.add(new NewTopic(t, Optional.of(partitions), Optional.empty())));
			StreamTopics.GLOBAL.stream().filter(t -> !existing.contains(t))
				.forEach(t -> missing.add(new NewTopic(t, Optional.of(1), Optional.empty())));
			if (!missing.isEmpty()) {
				try {
					admin.createTopics(missing).all().get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw ex;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while creating the topics", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("cannot create the topics at " + bootstrapServers + ": " + ex.getCause().getMessage(), ex);
		}
	}

	public KafkaStreams.State state() {
		return streams.state();
	}

	/** Whether the instance is processing (its global stores restored and its tasks assigned). */
	public boolean running() {
		return streams.state() == KafkaStreams.State.RUNNING;
	}

	@Override
	public void close() {
		streams.close(Duration.ofSeconds(30));
	}
}
