package org.plenary.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stream decides exactly as {@code plenary assess}: the same 1,000 transfers from
 * bench/TransferGenerator.java through the command (its own context on a new embedded database) and
 * through the topology give identical decision lines, in the same order.
 */
class StreamParityIntegrationTests {

	@TempDir
	Path dir;

	@BeforeEach
	void ownDatabase() {
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=20000;WRITE_DELAY=0");
		System.setProperty("plenary.audit.key-file", dir.resolve("audit.key").toString());
	}

	@AfterEach
	void clear() {
		System.clearProperty("spring.datasource.url");
		System.clearProperty("plenary.audit.key-file");
	}

	@Test
	void theSameThousandGeneratedTransfersGetIdenticalDecisionsFromAssessAndFromTheStream() throws Exception {
		Path transfers = dir.resolve("transfers.jsonl");
		Path decided = dir.resolve("decisions.jsonl");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process generator = new ProcessBuilder(java, "bench/TransferGenerator.java", "1000", transfers.toString()).inheritIO().start();
		assertThat(generator.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(generator.exitValue()).isZero();
		List<String> lines = Files.readAllLines(transfers, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(1000);

		int status = org.plenary.cli.PlenaryCommandAccess.execute("assess", "--input", transfers.toString(), "--output",
				decided.toString());
		assertThat(status).isZero();
		List<String> byAssess = Files.readAllLines(decided, StandardCharsets.UTF_8);

		Screening screening = new Screening(null, MatchSettings.fromEnvironment());
		Properties p = new Properties();
		p.put(StreamsConfig.APPLICATION_ID_CONFIG, "plenary-stream-parity");
		p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
		JsonMapper json = JsonMapper.builder().build();
		try (TopologyTestDriver driver = new TopologyTestDriver(
				StreamTopology.build(StreamState.fromReferenceData(Clock.systemUTC(), screening)), p)) {
			TestInputTopic<String, String> in = driver.createInputTopic(StreamTopics.TRANSFERS, new StringSerializer(),
					new StringSerializer());
			TestOutputTopic<String, String> out = driver.createOutputTopic(StreamTopics.TRANSFER_DECISIONS, new StringDeserializer(),
					new StringDeserializer());
			for (String line : lines) {
				in.pipeInput(json.readTree(line).path("id").asString(), line);
			}
			List<String> byStream = out.readValuesToList();
			assertThat(byStream).hasSize(1000);
			assertThat(byStream).containsExactlyElementsOf(byAssess);
			assertThat(byStream.stream().map(d -> json.readTree(d).path("outcome").asString()).distinct())
				.as("the generated transfers reach every outcome").contains("APPROVE", "DENY", "REFER");
		}
	}
}
