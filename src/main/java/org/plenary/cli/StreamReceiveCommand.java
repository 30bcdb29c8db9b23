package org.plenary.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.plenary.stream.StreamClient;
import org.plenary.stream.StreamTopics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plenary stream receive}: the committed records of an output topic, one JSON line each. */
@Command(name = "receive", description = "Print the committed records of a topic (default plenary.transfer-decisions) from its beginning, one per line.")
class StreamReceiveCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092", description = "Kafka brokers (default 127.0.0.1:9092)")
	String bootstrapServers;

	@Option(names = "--topic", defaultValue = StreamTopics.TRANSFER_DECISIONS,
			description = "Topic to read (default plenary.transfer-decisions; also plenary.transfer-errors, plenary.party-hits)")
	String topic;

	@Option(names = "--count", defaultValue = "0", description = "Stop after this many records (default 0: no limit)")
	long count;

	@Option(names = "--idle", defaultValue = "10", description = "Stop when nothing arrives for this many seconds (default 10)")
	long idleSeconds;

	@Override
	public Integer call() {
		if (count < 0 || idleSeconds < 1) {
			spec.commandLine().getErr().println("plenary: --count must be 0 or more and --idle at least 1");
			return 2;
		}
		PrintWriter out = spec.commandLine().getOut();
		long read = StreamClient.receive(bootstrapServers, topic, count, Duration.ofSeconds(idleSeconds), r -> {
			out.println(r.value());
			out.flush();
		});
		spec.commandLine().getErr().println("plenary: " + read + " record(s) from " + topic);
		return count > 0 && read < count ? 1 : 0;
	}
}
