package org.plenary.kafka.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node Kafka broker in this JVM: KRaft mode, one process that is both broker and controller,
 * listening on loopback only. The storage is formatted on first start (with the latest production
 * metadata version and features, so transactions and exactly-once Streams work) and reused after:
 * records survive a restart on the same data directory. Internal topics (consumer offsets, transaction
 * state) have one replica, so one broker is enough.
 *
 * <pre>
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dir)) {
 *     kafka.createTopics("plenary.denials");
 *     ... kafka.bootstrapServers() ...
 * }
 * </pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

	private static final int NODE_ID = 1;

	private static final String HOST = "127.0.0.1";

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private final Path dataDir;

	private volatile boolean closed;

	private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
		this.dataDir = dataDir;
	}

	/**
	 * Formats {@code dataDir} when it holds no broker yet, starts the broker and waits until it answers.
	 *
	 * @param port the client port on 127.0.0.1; 0 picks a free one (see {@link #bootstrapServers()})
	 * @param dataDir where the logs and metadata live; created when missing
	 */
	public static EmbeddedKafka start(int port, Path dataDir) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be 0..65535, was " + port);
		}
		try {
			Path logDir = Files.createDirectories(dataDir.toAbsolutePath()).resolve("kraft-combined-logs");
			Files.createDirectories(logDir);
			int brokerPort = port == 0 ? freePort() : port;
			int controllerPort = freePort();
			Properties props = config(logDir, brokerPort, controllerPort);
			KafkaConfig config = KafkaConfig.fromProps(props, false);
			format(logDir);
			KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
			String bootstrap = HOST + ":" + brokerPort;
			EmbeddedKafka kafka = new EmbeddedKafka(server, bootstrap, dataDir);
			server.startup();
			try {
				kafka.awaitReady(Duration.ofSeconds(60));
			}
			catch (RuntimeException ex) {
				kafka.close();
				throw ex;
			}
			return kafka;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the Kafka data directory " + dataDir, ex);
		}
	}

	private static Properties config(Path logDir, int brokerPort, int controllerPort) {
		String controller = HOST + ":" + controllerPort;
		Properties props = new Properties();
		props.putAll(Map.of("process.roles", "broker,controller", "node.id", String.valueOf(NODE_ID),
				"controller.quorum.voters", NODE_ID + "@" + controller, "controller.listener.names", "CONTROLLER",
				"listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + controller,
				"advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort, "inter.broker.listener.name", "PLAINTEXT",
				"listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"log.dirs", logDir.toString(), "metadata.log.dir", logDir.toString()));
		// One broker: every internal topic has one replica, and one in-sync replica is enough.
		props.putAll(Map.of("offsets.topic.replication.factor", "1", "offsets.topic.num.partitions", "1",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"transaction.state.log.num.partitions", "1", "share.coordinator.state.topic.replication.factor", "1",
				"share.coordinator.state.topic.min.isr", "1", "default.replication.factor", "1", "min.insync.replicas", "1",
				"num.partitions", "1"));
		// Consumers start at once instead of waiting for more members; few threads and small buffers: a broker
		// for one machine, which other programs share.
		props.putAll(Map.of("auto.create.topics.enable", "true", "group.initial.rebalance.delay.ms", "0",
				"num.network.threads", "2", "num.io.threads", "2", "background.threads", "2", "log.cleaner.threads", "1",
				"log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024),
				"log.segment.bytes", String.valueOf(64 * 1024 * 1024)));
		return props;
	}

	/** Writes meta.properties and the bootstrap metadata, unless the directory was formatted before. */
	private static void format(Path logDir) {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return; // formatted by an earlier start: keep its cluster id and records
		}
		Formatter formatter = new Formatter()
			.setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
			.setNodeId(NODE_ID)
			.setClusterId(Uuid.randomUuid().toString())
			.addDirectory(logDir.toString())
			.setMetadataLogDirectory(logDir.toString())
			.setControllerListenerName("CONTROLLER")
			.setSupportedFeatures(Feature.PRODUCTION_FEATURES)
			.setReleaseVersion(MetadataVersion.latestProduction());
		try {
			formatter.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format the Kafka storage in " + logDir + ": " + ex.getMessage(), ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
	}

	private void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Admin admin = admin()) {
			while (true) {
				try {
					if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
						return;
					}
				}
				catch (ExecutionException | TimeoutException ex) {
					// not up yet
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The Kafka broker at " + bootstrapServers + " did not start within " + timeout);
				}
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the Kafka broker", ex);
		}
	}

	/** {@code 127.0.0.1:PORT}, for {@code bootstrap.servers}. */
	public String bootstrapServers() {
		return bootstrapServers;
	}

	/** Where the logs and metadata live. */
	public Path dataDir() {
		return dataDir;
	}

	/** Creates each topic that does not exist yet, with one partition and one replica. */
	public void createTopics(String... names) {
		createTopics(1, names);
	}

	/** Creates each topic that does not exist yet, with {@code partitions} partitions and one replica. */
	public void createTopics(int partitions, String... names) {
		try (Admin admin = admin()) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = Arrays.stream(names)
				.distinct()
				.filter(name -> !existing.contains(name))
				.map(name -> new NewTopic(name, partitions, (short) 1))
				.toList();
			if (missing.isEmpty()) {
				return;
			}
			try {
				admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw ex;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not create topics " + Arrays.toString(names) + ": " + ex.getMessage(), ex);
		}
	}

	/** Blocks until {@link #close()} is called (from another thread or a shutdown hook). */
	public void awaitShutdown() {
		server.awaitShutdown();
	}

	/** Stops the broker; the data directory stays. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		server.shutdown();
		server.awaitShutdown();
	}
}
