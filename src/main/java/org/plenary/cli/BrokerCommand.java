package org.plenary.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.plenary.kafka.Topics;
import org.plenary.kafka.broker.EmbeddedKafka;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plenary broker [--port 9092] [--data-dir DIR]}: a single-node Kafka broker on 127.0.0.1, until stopped. */
@Command(name = "broker", description = "Run a single-node Kafka broker (KRaft) on 127.0.0.1 for trying the events and "
		+ "the stream on one machine; it keeps its data in --data-dir and runs until stopped (Ctrl-C).")
class BrokerCommand implements Callable<Integer> {

	/** The topics Plenary writes and reads, created at start so consumers can subscribe before the first event. */
	static final String[] TOPICS = Topics.ALL;

	@Option(names = "--port", description = "Client port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one)",
			defaultValue = "9092")
	int port;

	@Option(names = "--data-dir", description = "Where the broker keeps its logs (default ${DEFAULT-VALUE})",
			defaultValue = "data/kafka")
	Path dataDir;

	@Option(names = "--partitions", description = "Partitions of each Plenary topic created at start (default ${DEFAULT-VALUE})",
			defaultValue = "4")
	int partitions;

	@Spec
	CommandSpec spec;

	/** The broker while it runs (a test stops it with {@code close()}). */
	volatile EmbeddedKafka running;

	@Override
	public Integer call() {
		if (port < 0 || port > 65535) {
			throw new ParameterException(spec.commandLine(), "--port must be 0..65535, was " + port);
		}
		if (partitions < 1) {
			throw new ParameterException(spec.commandLine(), "--partitions must be at least 1, was " + partitions);
		}
		EmbeddedKafka kafka = EmbeddedKafka.start(port, dataDir);
		running = kafka;
		Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-shutdown"));
		kafka.createTopics(partitions, TOPICS);
		spec.commandLine().getErr().println("plenary: Kafka broker on " + kafka.bootstrapServers() + " (data in "
				+ dataDir.toAbsolutePath() + "); stop with Ctrl-C");
		spec.commandLine().getOut().println(kafka.bootstrapServers());
		spec.commandLine().getOut().flush();
		kafka.awaitShutdown();
		return 0;
	}
}
