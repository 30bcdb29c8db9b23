package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.plenary.screening.Screening;
import org.plenary.stream.PlenaryStream;
import org.plenary.stream.StreamState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plenary stream --bootstrap-servers H:P}: the Kafka Streams application (docs/stream.md).
 * Runs until stopped (Ctrl-C, SIGTERM), then closes cleanly.
 */
@Command(name = "stream", description = "Run the Kafka Streams application: transfers from plenary.transfers to decisions in "
		+ "plenary.transfer-decisions, parties from plenary.parties to hits in plenary.party-hits (docs/stream.md).",
		subcommands = { StreamSendCommand.class, StreamReceiveCommand.class })
class StreamCommand implements Callable<Integer> {

	@Option(names = "--bootstrap-servers", description = "Kafka brokers, host:port[,host:port...] (required)")
	String bootstrapServers;

	@Option(names = "--application-id", defaultValue = "plenary-stream",
			description = "Kafka Streams application id; instances with the same id share the work (default plenary-stream)")
	String applicationId;

	@Option(names = "--state-dir", description = "Kafka Streams state directory (default: a new temporary directory)")
	Path stateDir;

	@Option(names = "--threads", defaultValue = "1", description = "Stream threads in this instance (default 1)")
	int threads;

	@Option(names = "--partitions", defaultValue = "4",
			description = "Partitions of the transfers and parties topics when this instance creates them (default 4)")
	int partitions;

	@Mixin
	MatchingOptions matching;

	@Override
	public Integer call() throws Exception {
		if (bootstrapServers == null || bootstrapServers.isBlank()) {
			System.err.println("plenary: stream needs --bootstrap-servers host:port (./plenary broker starts one on 127.0.0.1:9092)");
			return 2;
		}
		if (threads < 1 || partitions < 1) {
			System.err.println("plenary: --threads and --partitions must be at least 1");
			return 2;
		}
		Screening screening = matching.screening();
		screening.load().join();
		StreamState state = StreamState.fromReferenceData(Clock.systemUTC(), screening);
		Path dir = stateDir != null ? stateDir : Files.createTempDirectory("plenary-stream");
		CountDownLatch stopped = new CountDownLatch(1);
		try (PlenaryStream stream = PlenaryStream.start(new PlenaryStream.Settings(bootstrapServers, applicationId, dir, threads,
				partitions), state)) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				stream.close();
				stopped.countDown();
			}, "plenary-stream-stop"));
			System.err.println("plenary: stream " + applicationId + " starting against " + bootstrapServers + " (" + threads
					+ " thread(s)); Ctrl-C stops it");
			while (!stream.running() && stopped.getCount() > 0) {
				Thread.sleep(100);
			}
			System.err.println("plenary: stream " + applicationId + " running");
			stopped.await();
		}
		return 0;
	}
}
