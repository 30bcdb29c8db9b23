package org.plenary.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.kafka.broker.EmbeddedKafka;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.FileSystemUtils;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole loop: a broker started in the test, the web application publishing its events to it,
 * and the stream deciding transfers from it. A transfer approved by the stream; a denial notified
 * through the web application's API; the same transfer again, now CONSULT, naming that denial.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=stream")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StreamLoopIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DENIAL = "{\"reference\":\"DE-LOOP-1\",\"deniedOn\":\"%s\",\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\","
			+ "\"endUser\":{\"name\":\"Technology Engineering Company Limited\",\"aliases\":[\"TEC Lahore\"],\"address\":\"Lahore\"},"
			+ "\"destination\":\"PK\",\"endUse\":\"general machining\",\"reasonClass\":\"END_USER_CONCERN\"}";

	static Path dataDir;
	static EmbeddedKafka kafka;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) throws IOException {
		dataDir = Files.createTempDirectory("plenary-stream-loop");
		kafka = EmbeddedKafka.start(0, dataDir.resolve("kafka"));
		PlenaryStream.createTopics(kafka.bootstrapServers(), 2);
		registry.add("plenary.kafka.bootstrap-servers", () -> kafka.bootstrapServers());
	}

	@AfterAll
	static void stopBroker() {
		if (kafka != null) {
			kafka.close();
		}
		FileSystemUtils.deleteRecursively(dataDir.toFile());
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void aDenialNotifiedInTheWebApplicationChangesTheStreamsDecisionWithinSeconds() throws Exception {
		LocalDate today = LocalDate.now();
		String transfer = "{\"id\":\"%s\",\"date\":\"" + today + "\",\"supplier\":\"FR\",\"recipient\":\"PK\","
				+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\",\"description\":\"5-axis machining centre\"},"
				+ "\"endUser\":{\"name\":\"TECHNOLOGY ENGINEERING CO. LTD\",\"country\":\"PK\"},"
				+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\",\"description\":\"automotive parts\"}}";
		Screening screening = new Screening(null, MatchSettings.defaults());
		try (PlenaryStream stream = PlenaryStream.start(new PlenaryStream.Settings(kafka.bootstrapServers(), "plenary-stream-loop",
				dataDir.resolve("state"), 1, 2), StreamState.fromReferenceData(Clock.systemUTC(), screening));
				KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
						kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
				KafkaConsumer<String, String> decisions = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
						kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "loop-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
						new StringDeserializer(), new StringDeserializer())) {
			decisions.subscribe(List.of(StreamTopics.TRANSFER_DECISIONS));
			long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (!stream.running() && System.nanoTime() < until) {
				Thread.sleep(200);
			}
			assertThat(stream.running()).isTrue();

			producer.send(new ProducerRecord<>(StreamTopics.TRANSFERS, "before", transfer.formatted("before"))).get();
			assertThat(next(decisions).path("outcome").asString()).as("before any denial").isEqualTo("APPROVE");

			var notified = new Http(mvc).post("officer-de", "/api/denials", DENIAL.formatted(today.minusDays(3)));
			assertThat(notified).hasStatus(HttpStatus.CREATED);
			long denial = ((Number) JsonPath.read(notified.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
				.longValue();

			long notifiedAt = System.nanoTime();
			JsonNode decided = null;
			for (int probe = 0; System.nanoTime() - notifiedAt < Duration.ofSeconds(30).toNanos(); probe++) {
				producer.send(new ProducerRecord<>(StreamTopics.TRANSFERS, "after-" + probe, transfer.formatted("after-" + probe))).get();
				decided = next(decisions);
				if ("CONSULT".equals(decided.path("outcome").asString())) {
					break;
				}
				Thread.sleep(200);
			}
			assertThat(decided.path("outcome").asString()).as("a transfer after the denial was notified, within 30 s")
				.isEqualTo("CONSULT");
			assertThat(decided.path("denialMatches").get(0).path("denialId").asLong()).isEqualTo(denial);
			assertThat(decided.path("denialMatches").get(0).path("reference").asString()).isEqualTo("DE-LOOP-1");
			System.out.printf("stream: denial notified to CONSULT decided in %d ms%n", (System.nanoTime() - notifiedAt) / 1_000_000);
		}
	}

	private static JsonNode next(KafkaConsumer<String, String> consumer) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < until) {
			for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
				return JSON.readTree(r.value());
			}
		}
		throw new AssertionError("no decision within 30 s");
	}
}
