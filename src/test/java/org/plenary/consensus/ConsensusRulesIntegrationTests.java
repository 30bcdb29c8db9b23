package org.plenary.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.TestClock;
import org.plenary.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/** Who may do what with a proposal, and what bad input gets back. Every refusal is a request that must fail. */
@PlenaryIntegrationTest
class ConsensusRulesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AuditLog audit;

	@Autowired
	Proposals proposals;

	Http http;
	int id;

	@BeforeEach
	void tableAStatement() throws Exception {
		http = new Http(mvc);
		var tabled = http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_STATEMENT\",\"title\":\"Statement on outreach\"}");
		id = JsonPath.read(tabled.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	@Test
	void onlyTheChairTablesAProposal() {
		for (String user : List.of("delegate-us", "officer-us", "analyst", "applicant-in")) {
			assertThat(http.post(user, "/api/proposals", "{\"type\":\"ADOPT_STATEMENT\",\"title\":\"x\"}")).as(user)
					.hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.type").isEqualTo("/problems/role-required");
		}
	}

	@Test
	void onlyTheChairDecides() {
		for (String user : List.of("delegate-us", "officer-us", "analyst", "applicant-in")) {
			assertThat(http.post(user, "/api/proposals/" + id + "/decision", "{}")).as(user).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void onlyThatPgsDelegateRecordsItsPositionNotEvenTheChair() {
		for (String user : List.of("chair", "delegate-fr", "officer-us", "analyst", "applicant-in")) {
			assertThat(http.put(user, "/api/proposals/" + id + "/positions/US", "{\"position\":\"SUPPORT\"}")).as(user)
					.hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-your-government");
		}
		assertThat(http.put("delegate-us", "/api/proposals/" + id + "/positions/US", "{\"position\":\"SUPPORT\"}")).hasStatusOk();
	}

	@Test
	void anonymousCallersAreRefused() {
		assertThat(mvc.get().uri("/api/proposals/" + id)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.put().uri("/api/proposals/" + id + "/positions/US").contentType("application/json")
				.content("{\"position\":\"SUPPORT\"}")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aStateNotOnTheRosterTakesNoPosition() throws Exception {
		var old = http.post("chair", "/api/proposals",
				"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"Statement of 2010\",\"tabledOn\":\"2010-06-01\"}");
		int oldId = JsonPath.read(old.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		List<String> roster = JsonPath.read(old.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.roster");
		assertThat(roster).hasSize(46).doesNotContain("RS", "MX");
		assertThat(http.put("delegate-rs", "/api/proposals/" + oldId + "/positions/RS", "{\"position\":\"SUPPORT\"}"))
				.hasStatus(HttpStatus.UNPROCESSABLE_ENTITY).bodyJson().extractingPath("$.detail").asString()
				.contains("RS was not a Participating Government on 2010-06-01");
	}

	@Test
	void positionsAreVisibleToPgsAndTheChairButNotToApplicants() {
		http.put("delegate-us", "/api/proposals/" + id + "/positions/US", "{\"position\":\"SUPPORT\",\"statement\":\"Yes\"}");
		assertThat(http.get("chair", "/api/proposals/" + id)).hasStatusOk().bodyJson()
				.extractingPath("$.positions.US.position").isEqualTo("SUPPORT");
		assertThat(http.get("officer-jp", "/api/proposals/" + id)).hasStatusOk().bodyJson()
				.extractingPath("$.positions.US.position").isEqualTo("SUPPORT");
		assertThat(http.get("analyst", "/api/proposals/" + id)).hasStatusOk().bodyJson().doesNotHavePath("$.positions")
				.doesNotHavePath("$.history");
		assertThat(http.get("applicant-in", "/api/proposals/" + id)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.get("applicant-in", "/api/proposals")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aSessionsAgendaIsNotShownToApplicants() throws Exception {
		var opened = http.post("chair", "/api/sessions", "{\"title\":\"Plenary\",\"opensOn\":\"2026-01-10\"}");
		assertThat(opened).hasStatus(HttpStatus.CREATED);
		int session = JsonPath.read(opened.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.get("analyst", "/api/sessions/" + session)).hasStatusOk();
		assertThat(http.get("applicant-in", "/api/sessions/" + session)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("delegate-us", "/api/sessions", "{\"title\":\"x\",\"opensOn\":\"2026-01-10\"}"))
				.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void recordingTheSamePositionTwiceKeepsOneHistoryEntry() {
		String body = "{\"position\":\"RESERVATION\",\"statement\":\"Needs study\"}";
		assertThat(http.put("delegate-at", "/api/proposals/" + id + "/positions/AT", body)).hasStatusOk();
		assertThat(http.put("delegate-at", "/api/proposals/" + id + "/positions/AT", body)).hasStatusOk();
		assertThat(http.get("chair", "/api/proposals/" + id)).bodyJson()
				.hasPathSatisfying("$.history[?(@.state == 'AT')]", v -> assertThat(v).asArray().hasSize(1));
	}

	@Test
	void decidingTwiceIsAConflict() {
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).hasStatusOk().bodyJson()
				.extractingPath("$.status").isEqualTo("ADOPTED");
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).hasStatus(HttpStatus.CONFLICT).bodyJson()
				.extractingPath("$.type").isEqualTo("/problems/already-adopted");
	}

	@Test
	void decidingABlockedProposalAgainWithoutAnyChangeIsAConflict() {
		http.put("delegate-cn", "/api/proposals/" + id + "/positions/CN", "{\"position\":\"OBJECTION\"}");
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).bodyJson().extractingPath("$.status")
				.isEqualTo("BLOCKED");
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).hasStatus(HttpStatus.CONFLICT).bodyJson()
				.extractingPath("$.type").isEqualTo("/problems/nothing-changed");
	}

	@Test
	void reservationsLeaveTheItemPendingUntilWithdrawn() {
		http.put("delegate-ie", "/api/proposals/" + id + "/positions/IE", "{\"position\":\"RESERVATION\"}");
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).bodyJson()
				.isLenientlyEqualTo("{\"status\":\"PENDING\",\"objectors\":[],\"reservations\":[\"IE\"]}");
		http.put("delegate-ie", "/api/proposals/" + id + "/positions/IE", "{\"position\":\"NO_OBJECTION\"}");
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).bodyJson().extractingPath("$.status")
				.isEqualTo("ADOPTED");
	}

	@Test
	void statementsAfterAdoptionAreKeptAndDoNotChangeTheDecision() {
		http.post("chair", "/api/proposals/" + id + "/decision", "{}");
		assertThat(http.put("delegate-cn", "/api/proposals/" + id + "/positions/CN",
				"{\"position\":\"OBJECTION\",\"statement\":\"China states its position after consensus\"}")).hasStatusOk()
				.bodyJson().extractingPath("$.afterDecision").isEqualTo(true);
		assertThat(http.get("chair", "/api/proposals/" + id)).bodyJson()
				.hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("ADOPTED"))
				.hasPathSatisfying("$.statementsAfterDecision[0].state", v -> assertThat(v).isEqualTo("CN"))
				.doesNotHavePath("$.positions.CN");
	}

	@Test
	void unknownPositionNamesTheAllowedValues() {
		assertThat(http.put("delegate-us", "/api/proposals/" + id + "/positions/US", "{\"position\":\"MAYBE\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
				.contains("position").contains("MAYBE").contains("SUPPORT, NO_OBJECTION, RESERVATION, OBJECTION");
	}

	@Test
	void unknownProposalTypeNamesTheAllowedValues() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ANNEX_EVERYTHING\",\"title\":\"x\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
				.contains("ADMIT_PARTICIPANT, ADOPT_EXCEPTION, AMEND_GUIDELINES, ADOPT_STATEMENT");
	}

	@Test
	void missingTitleIsAFieldError() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_STATEMENT\"}")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson().extractingPath("$.fieldErrors[0].field").isEqualTo("title");
	}

	@Test
	void malformedJsonIsABadRequest() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\": ")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
				.extractingPath("$.type").isEqualTo("/problems/unreadable-body");
	}

	@Test
	void admittingAnExistingPgIsRefused() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"FR\",\"title\":\"x\"}"))
				.hasStatus(HttpStatus.UNPROCESSABLE_ENTITY).bodyJson().extractingPath("$.type")
				.isEqualTo("/problems/already-participant");
	}

	@Test
	void anExceptionNeedsItsPayload() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"x\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().contains("payload");
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"x\",\"payload\":"
				+ "{\"state\":\"PK\",\"lists\":[\"TRIGGER\"],\"activity\":\"PEACEFUL\"}}")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson().extractingPath("$.detail").asString().contains("SAFEGUARDED_NUCLEAR");
	}

	@Test
	void silenceProcedureNeedsAFutureDeadline() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_STATEMENT\",\"title\":\"x\",\"procedure\":\"SILENCE\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-deadline");
	}

	@Test
	void unknownProposalIsNotFound() {
		assertThat(http.get("chair", "/api/proposals/999999")).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
				.extractingPath("$.type").isEqualTo("/problems/proposal-not-found");
	}

	@Test
	void aFailedCommandLeavesNoAuditEntry() {
		long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		http.put("delegate-rs", "/api/proposals/999999/positions/RS", "{\"position\":\"SUPPORT\"}");
		http.post("chair", "/api/proposals", "{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"FR\",\"title\":\"x\"}");
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void silenceProcedureIsAdoptedAtItsDeadlineUnlessSilenceIsBroken() throws Exception {
		String deadline = clock.instant().plusSeconds(60).toString();
		var quiet = http.post("chair", "/api/proposals",
				"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"Quiet\",\"procedure\":\"SILENCE\",\"deadline\":\"" + deadline + "\"}");
		var broken = http.post("chair", "/api/proposals",
				"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"Broken\",\"procedure\":\"SILENCE\",\"deadline\":\"" + deadline + "\"}");
		int quietId = JsonPath.read(quiet.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		int brokenId = JsonPath.read(broken.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		http.put("delegate-nz", "/api/proposals/" + brokenId + "/positions/NZ", "{\"position\":\"RESERVATION\"}");
		assertThat(http.post("chair", "/api/proposals/" + quietId + "/decision", "{}")).hasStatus(HttpStatus.CONFLICT);
		clock.advance(Duration.ofSeconds(61));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(http.get("chair", "/api/proposals/" + quietId)).bodyJson().extractingPath("$.status").isEqualTo("ADOPTED");
			assertThat(http.get("chair", "/api/proposals/" + brokenId)).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		});
		assertThat(http.get("chair", "/api/proposals/" + quietId)).bodyJson()
				.extractingPath("$.decisions[0].bySilence").isEqualTo(true);
	}

	@Test
	void onlyTheChairExtendsOrWithdraws() {
		for (String user : List.of("delegate-us", "officer-us", "analyst", "applicant-in")) {
			assertThat(http.post(user, "/api/proposals/" + id + "/withdrawal", "{\"reason\":\"x\"}")).as(user)
					.hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.type").isEqualTo("/problems/role-required");
			assertThat(http.post(user, "/api/proposals/" + id + "/extension", "{\"deadline\":\"2099-01-01T00:00:00Z\"}"))
					.as(user).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(http.get("chair", "/api/proposals/" + id)).bodyJson().extractingPath("$.status").isEqualTo("OPEN");
	}

	@Test
	void aWithdrawnProposalTakesNoPositionOrDecisionAndTheRecordStillVerifies() {
		assertThat(http.post("chair", "/api/proposals/" + id + "/withdrawal", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(http.post("chair", "/api/proposals/" + id + "/withdrawal", "{\"reason\":\"Superseded.\"}"))
				.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
		assertThat(http.put("delegate-us", "/api/proposals/" + id + "/positions/US", "{\"position\":\"SUPPORT\"}"))
				.hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type").isEqualTo("/problems/proposal-withdrawn");
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'proposal.withdrawn' and subject = ?")
				.param("proposal/" + id).query(Long.class).single()).isEqualTo(1);
		var verification = audit.verify();
		assertThat(verification.valid()).as(verification.toString()).isTrue();
		assertThat(verification.differences()).isNullOrEmpty();
	}

	@Test
	void aSilenceProcedureIsExtendedToALaterDeadlineAndDecidedOnlyThen() throws Exception {
		String deadline = clock.instant().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
		var tabled = http.post("chair", "/api/proposals",
				"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"Longer\",\"procedure\":\"SILENCE\",\"deadline\":\"" + deadline + "\"}");
		int silenceId = JsonPath.read(tabled.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.post("chair", "/api/proposals/" + silenceId + "/extension", "{\"deadline\":\"" + deadline + "\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-deadline");
		String later = clock.instant().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
		assertThat(http.post("chair", "/api/proposals/" + silenceId + "/extension", "{\"deadline\":\"" + later + "\"}"))
				.hasStatusOk().bodyJson().extractingPath("$.deadline").isEqualTo(later);
		assertThat(http.post("chair", "/api/proposals/" + id + "/extension", "{\"deadline\":\"" + later + "\"}"))
				.hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-a-silence-procedure");
		clock.advance(Duration.ofSeconds(61));
		assertThat(proposals.decideDueSilenceProcedures()).isZero();
		assertThat(http.get("chair", "/api/proposals/" + silenceId)).bodyJson().extractingPath("$.status").isEqualTo("OPEN");
	}

	@Test
	void anAmendmentOfTheGuidelinesIsTabledWithItsStructuredChangesAndCheckedAsAWhole() {
		String amendment = "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"Add a Dual-Use entry\",\"payload\":{\"part\":2,"
				+ "\"effective\":\"2099-01-01\",\"paragraphs\":[{\"id\":\"5\",\"text\":\"The catch-all, reworded.\"}],"
				+ "\"entries\":{\"add\":[{\"entry\":\"2.B.9\",\"title\":\"A new machine tool\",\"parent\":\"2.B\"}]}}}";
		assertThat(http.post("chair", "/api/proposals", amendment)).hasStatus(HttpStatus.CREATED).bodyJson()
				.extractingPath("$.payload.entries.add[0].entry").isEqualTo("2.B.9");
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"x\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-payload");
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"x\",\"payload\":"
				+ "{\"part\":2,\"effective\":\"2099-01-01\",\"entries\":{\"add\":[]}}}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type").isEqualTo("/problems/empty-amendment");
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"x\",\"payload\":"
				+ "{\"part\":3,\"effective\":\"2099-01-01\",\"entries\":{\"remove\":[\"2.B.1\"]}}}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().contains("payload.part");
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"x\",\"payload\":"
				+ "{\"part\":2,\"effective\":\"2099-01-01\",\"entries\":{\"remove\":[\"2.B.1\"]}}}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-payload");
	}

	@Test
	void aPayloadOfNeitherShapeIsRefusedWithWhatEachShapeNeeds() {
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"x\",\"payload\":{}}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
				.contains("payload").doesNotContain("tools.jackson").doesNotContain("org.plenary");
		assertThat(http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"x\",\"payload\":"
				+ "{\"state\":\"IN\",\"part\":2}}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
				.contains("payload").doesNotContain("tools.jackson").doesNotContain("org.plenary");
	}
}
