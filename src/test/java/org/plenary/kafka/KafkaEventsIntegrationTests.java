package org.plenary.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.kafka.broker.EmbeddedKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Events out to Kafka, end to end: a broker started in the test, the application on its own H2
 * database; a denial notified, amended and revoked, a state admitted, an exception adopted and the
 * Guidelines amended through the API, and each read back from its topic (schema, key, fields). Then
 * the broker goes away: a denial notified meanwhile stays an incomplete publication, and reaches the
 * topic once the broker is back.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = { "plenary.test.isolated-database=kafka", "plenary.kafka.delivery-timeout=PT3S",
		"plenary.kafka.resubmit-interval=PT1S" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaEventsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DENIAL = "{\"reference\":\"%s\",\"deniedOn\":\"%s\",\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\","
			+ "\"endUser\":{\"name\":\"Technology Engineering Company Limited\",\"aliases\":[\"TEC Lahore\"],\"address\":\"Lahore\"},"
			+ "\"destination\":\"PK\",\"endUse\":\"general machining\",\"reasonClass\":\"END_USER_CONCERN\"}";

	static Path dataDir;
	static int port;
	static EmbeddedKafka kafka;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) throws IOException {
		dataDir = Files.createTempDirectory("plenary-kafka-test");
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = socket.getLocalPort();
		}
		kafka = EmbeddedKafka.start(port, dataDir);
		kafka.createTopics(Topics.EVENTS);
		registry.add("plenary.kafka.bootstrap-servers", () -> kafka.bootstrapServers());
	}

	@AfterAll
	static void stopBroker() throws IOException {
		if (kafka != null) {
			kafka.close();
		}
		FileSystemUtils.deleteRecursively(dataDir);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Order(1)
	void everyKindOfFactReachesItsTopicAsVersionedJsonUnderItsSubjectsKey() throws Exception {
		Http http = new Http(mvc);
		LocalDate today = LocalDate.now();
		Instant start = Instant.now().minusSeconds(1);

		// A denial notified, amended, revoked: three records under its id, in that order, each the whole denial.
		var notified = http.post("officer-de", "/api/denials", DENIAL.formatted("DE-KAFKA-1", today.minusDays(3)));
		assertThat(notified).hasStatus(HttpStatus.CREATED);
		long denial = ((Number) JsonPath.read(body(notified), "$.id")).longValue();
		assertThat(http.put("officer-de", "/api/denials/" + denial, DENIAL.formatted("DE-KAFKA-1", today.minusDays(2))
				.replace("TEC Lahore", "TECL"))).hasStatusOk();
		assertThat(http.post("officer-de", "/api/denials/" + denial + "/revocation", "{}")).hasStatusOk();

		// Chile admitted, an exception for Pakistan adopted, a Dual-Use entry added.
		long admission = adopt(http, "{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"CL\",\"title\":\"Admission of Chile\"}");
		// Chile is on the next roster at once; its demo delegate is created after the commit, by a listener
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.get("delegate-cl", "/api/me")).hasStatusOk());
		long exception = adopt(http, "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"Statement on civil nuclear cooperation with "
				+ "Pakistan\",\"payload\":{\"state\":\"PK\",\"lists\":[\"TRIGGER\",\"DUAL_USE\"],\"activity\":\"SAFEGUARDED_NUCLEAR\","
				+ "\"waives\":[\"FULL_SCOPE_SAFEGUARDS\"],\"excludes\":[\"ENR\"]}}");
		LocalDate effective = today.plusDays(30);
		long amendment = adopt(http, "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"Add isotope analysers\",\"payload\":{\"part\":2,"
				+ "\"effective\":\"" + effective + "\",\"paragraphs\":[{\"id\":\"5\",\"text\":\"New text of paragraph 5.\"}],"
				+ "\"entries\":{\"add\":[{\"entry\":\"6.B.99\",\"title\":\"Isotope ratio analysers\",\"parent\":\"6.B\"}]}}}");

		String denialKey = String.valueOf(denial);
		List<ConsumerRecord<String, String>> denials = consume(Topics.DENIALS, r -> r.key().equals(denialKey), 3);
		assertThat(denials).extracting(r -> json(r).path("type").asString()).containsExactly("NOTIFIED", "AMENDED", "REVOKED");
		JsonNode first = json(denials.get(0));
		assertThat(first.path("schema").asString()).isEqualTo("plenary.denial/1");
		assertThat(first.path("denialId").asLong()).isEqualTo(denial);
		assertThat(first.path("reference").asString()).isEqualTo("DE-KAFKA-1");
		assertThat(first.path("denyingPg").asString()).isEqualTo("DE");
		assertThat(first.path("recipientState").asString()).isEqualTo("PK");
		assertThat(first.path("endUser").asString()).isEqualTo("Technology Engineering Company Limited");
		assertThat(first.path("endUserAliases").get(0).asString()).isEqualTo("TEC Lahore");
		assertThat(first.has("endUserCountry")).isTrue();
		assertThat(first.path("endUserCountry").isNull()).isTrue();
		assertThat(first.path("items").get(0).asString()).isEqualTo("1.B.2");
		assertThat(first.path("list").asString()).isEqualTo("DUAL_USE");
		assertThat(first.path("notifiedOn").asString()).isEqualTo(today.minusDays(3).toString());
		assertThat(first.path("validUntil").asString()).isEqualTo(today.minusDays(3).plusYears(3).toString());
		assertThat(first.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(first.path("active").asBoolean()).isTrue();
		assertThat(first.path("reasonClass").asString()).isEqualTo("END_USER_CONCERN");
		assertThat(Instant.parse(first.path("occurredAt").asString())).isAfter(start);
		JsonNode amended = json(denials.get(1));
		assertThat(amended.path("notifiedOn").asString()).isEqualTo(today.minusDays(2).toString());
		assertThat(amended.path("endUserAliases").get(0).asString()).isEqualTo("TECL");
		JsonNode revoked = json(denials.get(2));
		assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");
		assertThat(revoked.path("active").asBoolean()).isFalse();
		assertThat(revoked.path("endUser").asString()).isEqualTo("Technology Engineering Company Limited");

		JsonNode admitted = json(consume(Topics.PARTICIPANTS, r -> r.key().equals("CL"), 1).get(0));
		assertThat(admitted.path("schema").asString()).isEqualTo("plenary.participant/1");
		assertThat(admitted.path("state").asString()).isEqualTo("CL");
		assertThat(admitted.path("proposalId").asLong()).isEqualTo(admission);
		assertThat(admitted.path("admittedOn").asString()).isEqualTo(today.toString());

		JsonNode adopted = json(consume(Topics.EXCEPTIONS, r -> r.key().equals("PK") && json(r).path("proposalId").asLong() == exception, 1)
			.get(0));
		assertThat(adopted.path("schema").asString()).isEqualTo("plenary.exception/1");
		assertThat(adopted.path("state").asString()).isEqualTo("PK");
		assertThat(adopted.path("lists").toString()).isEqualTo("[\"TRIGGER\",\"DUAL_USE\"]");
		assertThat(adopted.path("activity").asString()).isEqualTo("SAFEGUARDED_NUCLEAR");
		assertThat(adopted.path("waives").toString()).isEqualTo("[\"FULL_SCOPE_SAFEGUARDS\"]");
		assertThat(adopted.path("excludes").toString()).isEqualTo("[\"ENR\"]");
		assertThat(adopted.path("adoptedOn").asString()).isEqualTo(today.toString());

		JsonNode guidelines = json(consume(Topics.GUIDELINES,
				r -> r.key().equals("INFCIRC/254/Part 2") && json(r).path("proposalId").asLong() == amendment, 1).get(0));
		assertThat(guidelines.path("schema").asString()).isEqualTo("plenary.guidelines/1");
		assertThat(guidelines.path("part").asString()).isEqualTo("INFCIRC/254/Part 2");
		assertThat(guidelines.path("list").asString()).isEqualTo("DUAL_USE");
		assertThat(guidelines.path("effectiveOn").asString()).isEqualTo(effective.toString());
		assertThat(guidelines.path("paragraphs").get(0).path("text").asString()).isEqualTo("New text of paragraph 5.");
		assertThat(guidelines.path("entries").path("add").get(0).path("entry").asString()).isEqualTo("6.B.99");
		assertThat(guidelines.path("entries").path("add").get(0).path("parent").asString()).isEqualTo("6.B");

		for (long proposal : List.of(admission, exception, amendment)) {
			JsonNode decision = json(consume(Topics.DECISIONS, r -> r.key().equals(String.valueOf(proposal)), 1).get(0));
			assertThat(decision.path("schema").asString()).isEqualTo("plenary.decision/1");
			assertThat(decision.path("outcome").asString()).isEqualTo("ADOPTED");
			assertThat(decision.path("decidedOn").asString()).isEqualTo(today.toString());
			assertThat(decision.path("objectors").isArray()).isTrue();
		}
		assertThat(json(consume(Topics.DECISIONS, r -> r.key().equals(String.valueOf(admission)), 1).get(0)).path("type").asString())
			.isEqualTo("ADMIT_PARTICIPANT");

		// Every integration event published so far was sent and completed.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(incompleteIntegrationEvents()).isZero());
	}

	@Test
	@Order(2)
	void aDenialNotifiedWhileTheBrokerIsAwayIsKeptAndSentWhenItIsBack() throws Exception {
		Http http = new Http(mvc);
		kafka.close();
		var notified = http.post("officer-fr", "/api/denials", DENIAL.formatted("FR-KAFKA-2", LocalDate.now().minusDays(1))
			.replace("\"PK\"", "\"IR\""));
		assertThat(notified).hasStatus(HttpStatus.CREATED);
		String key = String.valueOf(((Number) JsonPath.read(body(notified), "$.id")).longValue());

		// The send fails within the delivery timeout (3 s); the publication stays incomplete, with the denial.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failedIntegrationEvents()).isPositive());
		assertThat(incompleteIntegrationEvents()).isPositive();

		kafka = EmbeddedKafka.start(port, dataDir);
		List<ConsumerRecord<String, String>> records = consume(Topics.DENIALS, r -> r.key().equals(key), 1);
		JsonNode sent = json(records.get(0));
		assertThat(sent.path("reference").asString()).isEqualTo("FR-KAFKA-2");
		assertThat(sent.path("denyingPg").asString()).isEqualTo("FR");
		assertThat(sent.path("recipientState").asString()).isEqualTo("IR");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(incompleteIntegrationEvents()).isZero());
	}

	private int incompleteIntegrationEvents() {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null and event_type like ?",
				Integer.class, IntegrationEvents.class.getName() + "%");
	}

	private int failedIntegrationEvents() {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
				+ "and event_type like ?", Integer.class, IntegrationEvents.class.getName() + "%");
	}

	/** Tables {@code proposal}, has every PG on its roster support it, and decides it: adopted. */
	private static long adopt(Http http, String proposal) throws Exception {
		var tabled = http.post("chair", "/api/proposals", proposal);
		assertThat(tabled).hasStatus(HttpStatus.CREATED);
		String body = body(tabled);
		int id = JsonPath.read(body, "$.id");
		List<String> roster = JsonPath.read(body, "$.roster");
		for (String pg : roster) {
			assertThat(http.put("delegate-" + pg.toLowerCase(Locale.ROOT), "/api/proposals/" + id + "/positions/" + pg,
					"{\"position\":\"SUPPORT\"}")).hasStatusOk();
		}
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).bodyJson().extractingPath("$.status")
			.isEqualTo("ADOPTED");
		return id;
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode json(ConsumerRecord<String, String> record) {
		return JSON.readTree(record.value());
	}

	/** The records of {@code topic} (from its start) that {@code wanted} picks, once there are {@code count}; in offset order. */
	static List<ConsumerRecord<String, String>> consume(String topic, Predicate<ConsumerRecord<String, String>> wanted, int count) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
			while (found.size() < count && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.key() != null && wanted.test(record)) {
						found.add(record);
					}
				}
			}
		}
		assertThat(found).as("records on " + topic).hasSizeGreaterThanOrEqualTo(count);
		return found;
	}
}
