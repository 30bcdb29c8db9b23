package org.plenary.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stream's topology in Kafka's {@link TopologyTestDriver}: decisions in the CLI's JSON, a record
 * that cannot be read goes to the error topic and the next is decided, and the global stores (a
 * denial, an exception, an amendment arriving mid-stream) change the decisions of later transfers.
 */
class StreamTopologyTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The denial of DenialsIntegrationTests, as the web application externalizes it (docs/events.md). */
	static final String DENIAL = """
			{"schema":"plenary.denial/1","type":"NOTIFIED","denialId":42,"reference":"DE-2026-0042","denyingPg":"DE",
			 "recipientState":"PK","endUser":"Technology Engineering Company Limited","endUserAliases":["TEC Lahore"],
			 "endUserAddress":"Lahore","endUserCountry":null,"items":["1.B.2"],"list":"DUAL_USE","notifiedOn":"%s",
			 "validUntil":"2028-11-01","status":"ACTIVE","active":%s,"endUse":"general machining",
			 "reasonClass":"END_USER_CONCERN","occurredAt":"%s"}""";

	static final String TRANSFER = "{\"id\":\"%s\",\"date\":\"%s\",\"supplier\":\"FR\",\"recipient\":\"PK\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\",\"description\":\"5-axis machining centre\"},"
			+ "\"endUser\":{\"name\":\"TECHNOLOGY ENGINEERING CO. LTD\",\"country\":\"PK\"},"
			+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\",\"description\":\"automotive parts\"}}";

	static Screening screening;

	@TempDir
	Path stateDir;

	TopologyTestDriver driver;
	TestInputTopic<String, String> transfers;
	TestInputTopic<String, String> parties;
	TestInputTopic<String, String> denials;
	TestInputTopic<String, String> exceptions;
	TestInputTopic<String, String> guidelines;
	TestInputTopic<String, String> participants;
	TestOutputTopic<String, String> decisions;
	TestOutputTopic<String, String> errors;
	TestOutputTopic<String, String> hits;

	@BeforeAll
	static void lists() {
		screening = new Screening(null, MatchSettings.defaults());
		screening.load().join();
	}

	@BeforeEach
	void driver() {
		Properties p = new Properties();
		p.put(StreamsConfig.APPLICATION_ID_CONFIG, "plenary-stream-test");
		p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
		driver = new TopologyTestDriver(StreamTopology.build(StreamState.fromReferenceData(Clock.systemUTC(), screening)), p);
		StringSerializer s = new StringSerializer();
		StringDeserializer d = new StringDeserializer();
		transfers = driver.createInputTopic(StreamTopics.TRANSFERS, s, s);
		parties = driver.createInputTopic(StreamTopics.PARTIES, s, s);
		denials = driver.createInputTopic(StreamTopics.DENIALS, s, s);
		exceptions = driver.createInputTopic(StreamTopics.EXCEPTIONS, s, s);
		guidelines = driver.createInputTopic(StreamTopics.GUIDELINES, s, s);
		participants = driver.createInputTopic(StreamTopics.PARTICIPANTS, s, s);
		decisions = driver.createOutputTopic(StreamTopics.TRANSFER_DECISIONS, d, d);
		errors = driver.createOutputTopic(StreamTopics.TRANSFER_ERRORS, d, d);
		hits = driver.createOutputTopic(StreamTopics.PARTY_HITS, d, d);
	}

	@AfterEach
	void close() {
		driver.close();
	}

	@Test
	void decidesEachTransferUnderItsKeyInTheAssessCommandsJson() {
		transfers.pipeInput("t-001", "{\"id\":\"t-001\",\"date\":\"2009-06-01\",\"supplier\":\"RU\",\"recipient\":\"IN\",\"item\":"
				+ "{\"list\":\"TRIGGER\",\"entry\":\"1.1\"},\"endUser\":{\"name\":\"NPCIL\",\"country\":\"IN\"},\"endUse\":"
				+ "{\"activity\":\"SAFEGUARDED_NUCLEAR\"}}");
		transfers.pipeInput("t-003", "{\"id\":\"t-003\",\"date\":\"2007-06-01\",\"supplier\":\"RU\",\"recipient\":\"IN\",\"item\":"
				+ "{\"list\":\"TRIGGER\",\"entry\":\"1.1\"},\"endUser\":{\"name\":\"NPCIL\",\"country\":\"IN\"},\"endUse\":"
				+ "{\"activity\":\"SAFEGUARDED_NUCLEAR\"}}");
		List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
		assertThat(out).extracting(kv -> kv.key).containsExactly("t-001", "t-003");
		assertThat(outcome(out.get(0).value)).as("India, after the 2008 exception").isEqualTo("APPROVE");
		assertThat(outcome(out.get(1).value)).as("India, before it: no full-scope safeguards").isEqualTo("DENY");
		assertThat(JSON.readTree(out.get(0).value).propertyNames()).containsExactly("id", "outcome", "conditions", "reasons",
				"denialMatches");
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void anAdmissionMidStreamMakesTheNewPgAnAdherentForLaterTransfers() {
		// Chile is not a PG in the shipped data: an end user there, behind a PG recipient, is a diversion risk to weigh.
		String viaNorway = "{\"id\":\"%s\",\"date\":\"2026-06-01\",\"supplier\":\"FR\",\"recipient\":\"NO\",\"item\":"
				+ "{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\"},\"endUser\":{\"name\":\"Andes Machining SpA\",\"country\":\"CL\"},"
				+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\"}}";
		transfers.pipeInput("before", viaNorway.formatted("before"));
		participants.pipeInput("CL", "{\"schema\":\"plenary.participant/1\",\"state\":\"CL\",\"admittedOn\":\"2026-05-01\","
				+ "\"proposalId\":5,\"reference\":\"Plenary decision of 2026-05-01 on proposal 5\",\"occurredAt\":\"2026-05-01T10:00:00Z\"}");
		participants.pipeInput("CL", "{\"schema\":\"plenary.participant/1\",\"state\":\"CL\",\"admittedOn\":\"2026-05-01\","
				+ "\"proposalId\":5,\"reference\":\"resent\",\"occurredAt\":\"2026-05-01T10:00:00Z\"}");
		participants.pipeInput("XX", "{\"schema\":\"plenary.participant/1\",\"state\":\"chile\",\"admittedOn\":\"2026-05-01\","
				+ "\"proposalId\":6}");
		transfers.pipeInput("after", viaNorway.formatted("after"));
		transfers.pipeInput("earlier", viaNorway.formatted("earlier").replace("2026-06-01", "2026-04-01"));
		List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
		assertThat(out).extracting(kv -> kv.key).containsExactly("before", "after", "earlier");
		assertThat(JSON.readTree(out.get(0).value).path("reasons").toString()).contains("THIRD_COUNTRY_DIVERSION_RISK");
		assertThat(outcome(out.get(0).value)).isNotEqualTo("APPROVE");
		assertThat(outcome(out.get(1).value)).as("Chile a PG from 2026-05-01").isEqualTo("APPROVE");
		assertThat(JSON.readTree(out.get(2).value).path("reasons").toString()).as("a transfer dated before the admission")
			.contains("THIRD_COUNTRY_DIVERSION_RISK");
		assertThat(errors.isEmpty()).as("a bad admission record is logged and skipped, not an error record").isTrue();
	}

	@Test
	void aRecordThatCannotBeReadGoesToTheErrorTopicAndTheNextIsDecided() {
		transfers.pipeInput("bad-1", "{not json");
		transfers.pipeInput("bad-2", "{\"id\":\"bad-2\",\"date\":\"not a date\"}");
		transfers.pipeInput("t-2", TRANSFER.formatted("t-2", "2026-01-15"));
		List<KeyValue<String, String>> failed = errors.readKeyValuesToList();
		assertThat(failed).extracting(kv -> kv.key).containsExactly("bad-1", "bad-2");
		JsonNode first = JSON.readTree(failed.get(0).value);
		assertThat(first.path("topic").asString()).isEqualTo(StreamTopics.TRANSFERS);
		assertThat(first.path("partition").asInt()).isZero();
		assertThat(first.path("offset").asLong()).isZero();
		assertThat(first.path("value").asString()).isEqualTo("{not json");
		assertThat(first.path("problem").asString()).startsWith("Invalid transfer").contains("Not valid JSON");
		JsonNode second = JSON.readTree(failed.get(1).value);
		assertThat(second.path("offset").asLong()).isEqualTo(1);
		assertThat(second.path("problem").asString()).contains("'date'").contains("not a date");
		List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
		assertThat(out).extracting(kv -> kv.key).containsExactly("t-2");
		assertThat(outcome(out.get(0).value)).isEqualTo("APPROVE");
	}

	@Test
	void aDenialArrivingMidStreamTurnsALaterIdenticalTransferToConsultAndItsRevocationBack() {
		String deniedOn = "2025-11-01";
		transfers.pipeInput("t-1", TRANSFER.formatted("t-1", "2026-01-15"));
		denials.pipeInput("42", DENIAL.formatted(deniedOn, true, "2026-01-01T10:00:00Z"));
		transfers.pipeInput("t-2", TRANSFER.formatted("t-2", "2026-01-15"));
		transfers.pipeInput("t-0", TRANSFER.formatted("t-0", "2025-10-31"));
		denials.pipeInput("42", DENIAL.formatted(deniedOn, false, "2026-01-02T10:00:00Z").replace("NOTIFIED", "REVOKED").replace("\"ACTIVE\"", "\"REVOKED\""));
		transfers.pipeInput("t-3", TRANSFER.formatted("t-3", "2026-01-15"));
		denials.pipeInput("42", DENIAL.formatted(deniedOn, true, "2026-01-01T10:00:00Z"));
		transfers.pipeInput("t-4", TRANSFER.formatted("t-4", "2026-01-15"));
		List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
		assertThat(out).extracting(kv -> kv.key).containsExactly("t-1", "t-2", "t-0", "t-3", "t-4");
		assertThat(outcome(out.get(4).value)).as("the notification resent after its revocation: the newest record wins")
			.isEqualTo("APPROVE");
		assertThat(outcome(out.get(0).value)).isEqualTo("APPROVE");
		JsonNode consult = JSON.readTree(out.get(1).value);
		assertThat(consult.path("outcome").asString()).isEqualTo("CONSULT");
		assertThat(consult.path("denialMatches").get(0).path("denialId").asLong()).isEqualTo(42);
		assertThat(consult.path("denialMatches").get(0).path("notifyingGovernment").asString()).isEqualTo("DE");
		assertThat(consult.path("reasons").toString()).contains("DENIAL_MATCH").contains("DE-2026-0042");
		assertThat(outcome(out.get(2).value)).as("a transfer dated before the denial").isEqualTo("APPROVE");
		assertThat(outcome(out.get(3).value)).as("after the revocation").isEqualTo("APPROVE");
	}

	@Test
	void aGlobalRecordThatCannotBeReadIsSkippedAndTheNextOneApplies() {
		denials.pipeInput("41", "{not json");
		denials.pipeInput("40", "{\"schema\":\"plenary.denial/2\",\"denialId\":40}");
		denials.pipeInput("42", DENIAL.formatted("2025-11-01", true, "2026-01-01T10:00:00Z"));
		transfers.pipeInput("t-1", TRANSFER.formatted("t-1", "2026-01-15"));
		JsonNode decision = JSON.readTree(decisions.readValue());
		assertThat(decision.path("outcome").asString()).isEqualTo("CONSULT");
		assertThat(decision.path("denialMatches")).hasSize(1);
	}

	@Test
	void theDenyingGovernmentsOwnTransferIsNotHeldByItsDenial() {
		denials.pipeInput("42", DENIAL.formatted("2025-11-01", true, "2026-01-01T10:00:00Z"));
		transfers.pipeInput("t-de", TRANSFER.formatted("t-de", "2026-01-15").replace("\"supplier\":\"FR\"", "\"supplier\":\"DE\""));
		assertThat(outcome(decisions.readValue())).isEqualTo("APPROVE");
	}

	@Test
	void anExceptionAdoptedMidStreamChangesLaterDecisionsForItsState() {
		String toPakistan = "{\"id\":\"%s\",\"date\":\"2026-03-01\",\"supplier\":\"CN\",\"recipient\":\"PK\",\"item\":"
				+ "{\"list\":\"TRIGGER\",\"entry\":\"1.1\"},\"endUser\":{\"name\":\"PAEC\",\"country\":\"PK\"},\"endUse\":"
				+ "{\"activity\":\"SAFEGUARDED_NUCLEAR\"}}";
		transfers.pipeInput("p-1", toPakistan.formatted("p-1"));
		exceptions.pipeInput("PK", """
				{"schema":"plenary.exception/1","proposalId":7,"reference":"Plenary decision of 2026-02-01 on proposal 7",
				 "title":"Statement on Pakistan","state":"PK","lists":["TRIGGER"],"activity":"SAFEGUARDED_NUCLEAR",
				 "waives":["FULL_SCOPE_SAFEGUARDS"],"excludes":["ENR"],"adoptedOn":"2026-02-01","occurredAt":"2026-02-01T10:00:00Z"}""");
		transfers.pipeInput("p-2", toPakistan.formatted("p-2"));
		List<String> out = decisions.readValuesToList();
		assertThat(outcome(out.get(0))).isEqualTo("DENY");
		assertThat(outcome(out.get(1))).isEqualTo("APPROVE");
	}

	@Test
	void anAmendmentAddingAnEntryMakesItNameableFromItsDate() {
		String newEntry = "{\"id\":\"%s\",\"date\":\"%s\",\"supplier\":\"FR\",\"recipient\":\"JP\",\"item\":"
				+ "{\"list\":\"DUAL_USE\",\"entry\":\"2.B.99\"},\"endUser\":{\"name\":\"Tokyo Labs\",\"country\":\"JP\"},\"endUse\":"
				+ "{\"activity\":\"NON_NUCLEAR\"}}";
		transfers.pipeInput("a-1", newEntry.formatted("a-1", "2026-08-01"));
		guidelines.pipeInput("INFCIRC/254/Part 2", """
				{"schema":"plenary.guidelines/1","part":"INFCIRC/254/Part 2","partNumber":2,"list":"DUAL_USE","proposalId":9,
				 "reference":"Plenary decision of 2026-05-01 on proposal 9","title":"New machine tools","effectiveOn":"2026-06-01",
				 "paragraphs":[],"entries":{"add":[{"entry":"2.B.99","title":"Test machine tools","parent":"2.B"}],"change":[],
				 "remove":[]},"occurredAt":"2026-05-01T10:00:00Z"}""");
		transfers.pipeInput("a-2", newEntry.formatted("a-2", "2026-08-01"));
		transfers.pipeInput("a-3", newEntry.formatted("a-3", "2026-05-01"));
		assertThat(JSON.readTree(errors.readValue()).path("problem").asString()).as("before the amendment").contains("2.B.99");
		assertThat(errors.isEmpty()).isTrue();
		List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
		assertThat(out).extracting(kv -> kv.key).containsExactly("a-2", "a-3");
		assertThat(outcome(out.get(0).value)).isEqualTo("APPROVE");
		assertThat(out.get(0).value).contains("INFCIRC/254/Rev.");
		assertThat(out.get(1).value).as("dated before the amendment took effect: the entry was not on the list that day")
			.contains("2.B.99").isNotEqualTo(out.get(0).value.replace("a-2", "a-3"));
	}

	@Test
	void screensPartiesAgainstTheListsAndTheDenials() {
		parties.pipeInput("p1", "{\"id\":\"p1\",\"name\":\"Banco Nacional de Cuba\"}");
		denials.pipeInput("42", DENIAL.formatted("2025-11-01", true, "2026-01-01T10:00:00Z"));
		parties.pipeInput("p2", "{\"id\":\"p2\",\"name\":\"TEC Lahore\",\"country\":\"PK\"}");
		parties.pipeInput("p3", "{\"id\":\"p3\",\"name\":\"TEC Lahore\",\"country\":\"JP\"}");
		parties.pipeInput("p4", "{\"id\":\"p4\"}");
		List<KeyValue<String, String>> out = hits.readKeyValuesToList();
		assertThat(out).extracting(kv -> kv.key).containsExactly("p1", "p2", "p3");
		assertThat(JSON.readTree(out.get(0).value).path("hits").toString()).contains("\"entryId\":\"306\"");
		JsonNode denied = JSON.readTree(out.get(1).value).path("hits").get(0);
		assertThat(denied.path("list").asString()).isEqualTo("PLENARY-DENIALS");
		assertThat(denied.path("entryId").asString()).isEqualTo("42");
		assertThat(JSON.readTree(out.get(2).value).path("hits").toString()).doesNotContain("PLENARY-DENIALS");
		assertThat(JSON.readTree(errors.readValue()).path("problem").asString()).contains("'name' is required");
	}

	private static String outcome(String decision) {
		return JSON.readTree(decision).path("outcome").asString();
	}
}
