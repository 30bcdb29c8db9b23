package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.kafka.Topics;

import picocli.CommandLine;

/** {@code plenary broker}: prints where it listens, creates every Plenary topic, stops cleanly; bad options are usage errors. */
class BrokerCommandTests {

	@Test
	void startsABrokerWithThePlenaryTopicsAndPrintsItsAddress(@TempDir Path dir) throws Exception {
		BrokerCommand command = new BrokerCommand();
		StringWriter out = new StringWriter();
		CommandLine line = new CommandLine(command);
		line.setOut(new PrintWriter(out, true));
		line.setErr(new PrintWriter(new StringWriter(), true));
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
				() -> line.execute("--port", "0", "--data-dir", dir.toString(), "--partitions", "2"));
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (out.toString().isBlank() && !exit.isDone() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		String address = out.toString().trim();
		assertThat(address).matches("127\\.0\\.0\\.1:[0-9]+");
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address))) {
			Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			assertThat(topics).contains(Topics.ALL);
			assertThat(admin.describeTopics(Set.of(Topics.DENIALS)).allTopicNames().get(30, TimeUnit.SECONDS)
				.get(Topics.DENIALS).partitions()).hasSize(2);
		}
		command.running.close();
		assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void aPortOutOfRangeIsAUsageError() {
		StringWriter err = new StringWriter();
		CommandLine line = new CommandLine(new BrokerCommand());
		line.setErr(new PrintWriter(err, true));
		assertThat(line.execute("--port", "70000")).isEqualTo(2);
		assertThat(err.toString()).contains("--port must be 0..65535");
		assertThat(new CommandLine(new BrokerCommand()).setErr(new PrintWriter(new StringWriter())).execute("--partitions", "0"))
			.isEqualTo(2);
	}
}
