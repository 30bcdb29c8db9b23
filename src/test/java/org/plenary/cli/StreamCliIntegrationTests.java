package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.kafka.broker.EmbeddedKafka;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.stream.PlenaryStream;
import org.plenary.stream.StreamState;

import picocli.CommandLine;

/**
 * The README's loop at a terminal, without Kafka's scripts: {@code plenary stream send} puts transfers
 * (and a line that is not JSON) on the stream's input topic, a running stream decides them, and
 * {@code plenary stream receive} prints each decision, and the error record, once.
 */
class StreamCliIntegrationTests {

	static final String TRANSFER = "{\"id\":\"%s\",\"date\":\"2026-01-15\",\"supplier\":\"FR\",\"recipient\":\"PK\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\"},\"endUser\":{\"name\":\"Acme Trading\",\"country\":\"PK\"},"
			+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\"}}";

	@Test
	void sendPutsTransfersOnTheTopicAndReceivePrintsTheirDecisions(@TempDir Path dir) throws Exception {
		try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dir.resolve("kafka"))) {
			Screening screening = new Screening(null, MatchSettings.defaults());
			screening.load().join();
			try (PlenaryStream stream = PlenaryStream.start(new PlenaryStream.Settings(kafka.bootstrapServers(), "plenary-stream-cli",
					dir.resolve("state"), 1, 2), StreamState.fromReferenceData(Clock.systemUTC(), screening))) {
				long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
				while (!stream.running() && System.nanoTime() < until) {
					Thread.sleep(200);
				}
				assertThat(stream.running()).isTrue();

				Path input = dir.resolve("transfers.jsonl");
				Files.writeString(input, TRANSFER.formatted("cli-1") + "\n\n" + TRANSFER.formatted("cli-2") + "\nnot json\n");
				StringWriter sendErr = new StringWriter();
				int sent = new CommandLine(new StreamCommand()).setErr(new PrintWriter(sendErr, true))
					.execute("send", "--bootstrap-servers", kafka.bootstrapServers(), "--input", input.toString());
				assertThat(sent).isZero();
				assertThat(sendErr.toString()).contains("sent 3 record(s) to plenary.transfers");

				StringWriter out = new StringWriter();
				int received = new CommandLine(new StreamCommand()).setOut(new PrintWriter(out, true))
					.setErr(new PrintWriter(new StringWriter(), true))
					.execute("receive", "--bootstrap-servers", kafka.bootstrapServers(), "--count", "2", "--idle", "60");
				assertThat(received).isZero();
				assertThat(out.toString().lines()).hasSize(2)
					.anySatisfy(l -> assertThat(l).startsWith("{\"id\":\"cli-1\",\"outcome\":\"APPROVE\""))
					.anySatisfy(l -> assertThat(l).startsWith("{\"id\":\"cli-2\",\"outcome\":\"APPROVE\""));

				StringWriter errors = new StringWriter();
				new CommandLine(new StreamCommand()).setOut(new PrintWriter(errors, true)).setErr(new PrintWriter(new StringWriter(), true))
					.execute("receive", "--bootstrap-servers", kafka.bootstrapServers(), "--topic", "plenary.transfer-errors", "--count",
							"1", "--idle", "60");
				assertThat(errors.toString()).contains("\"problem\"").contains("not json");
			}
		}
	}

	@Test
	void theStreamWithoutABrokerAddressIsAUsageError() {
		StringWriter err = new StringWriter();
		assertThat(new CommandLine(new StreamCommand()).setErr(new PrintWriter(err, true)).execute("--threads", "1")).isEqualTo(2);
	}
}
