package org.plenary.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * The input limits and the domain checks that were missing, one by one: each bad input is a 4xx
 * problem whose detail names the field and says what it allows.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=input_limits")
class InputLimitsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	private Http http() {
		return new Http(mvc);
	}

	@Test
	void aProposalIsTabledOnADayWithARosterWithinTheDatesPlenaryKnows() {
		String proposal = "{\"type\":\"ADOPT_STATEMENT\",\"title\":\"A statement\",\"tabledOn\":\"%s\"}";
		refused(http().post("chair", "/api/proposals", proposal.formatted("1970-01-01")), HttpStatus.UNPROCESSABLE_ENTITY, "'tabledOn'",
				"no Participating Government");
		refused(http().post("chair", "/api/proposals", proposal.formatted("0000-01-01")), HttpStatus.BAD_REQUEST, "'tabledOn'",
				"from 1968-07-01 to 2099-12-31");
		refused(http().post("chair", "/api/proposals", proposal.formatted("2016-06-23").replace("A statement", "x".repeat(301))),
				HttpStatus.BAD_REQUEST, "'title'", "300");
		assertThat(http().post("chair", "/api/proposals", proposal.formatted("2016-06-23"))).hasStatus(HttpStatus.CREATED);
		refused(http().post("chair", "/api/sessions", "{\"title\":\"" + "x".repeat(201) + "\",\"opensOn\":\"2026-06-01\"}"),
				HttpStatus.BAD_REQUEST, "'title'", "200");
		refused(http().post("chair", "/api/sessions", "{\"title\":\"Plenary\",\"venue\":\"" + "x".repeat(201)
				+ "\",\"opensOn\":\"2026-06-01\"}"), HttpStatus.BAD_REQUEST, "'venue'", "200");
	}

	@Test
	void aDenialNamesAnEntryOfTheControlListsAndAnEndUserOfSaneLength() {
		refused(http().post("officer-de", "/api/denials", denial("\"entry\":\"9.Z.99\"", "\"name\":\"Acme\"")),
				HttpStatus.BAD_REQUEST, "'entry'", "not an entry of the DUAL_USE list");
		refused(http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"address\":\"Lahore\"")),
				HttpStatus.BAD_REQUEST, "'endUser.name'", "required");
		refused(http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"name\":\"" + "x".repeat(301) + "\"")),
				HttpStatus.BAD_REQUEST, "'endUser.name'", "300");
		refused(http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"name\":\"Acme\",\"aliases\":["
				+ "\"a\",".repeat(20_000) + "\"b\"]")), HttpStatus.BAD_REQUEST, "'endUser.aliases'", "at most 50 aliases");
		refused(http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"name\":\"Acme\",\"aliases\":[\"A\\nB\"]")),
				HttpStatus.BAD_REQUEST, "'endUser.aliases[0]'", "one line");
		refused(http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"name\":\"Ac\\u0000me\"")),
				HttpStatus.BAD_REQUEST, "'endUser.name'", "U+0000");
		assertThat(http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"name\":\"Acme\",\"address\":\"1 Mall Road\\nLahore\"")))
				.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void aConsultationsAnswerAndDecisionNeedABody() throws Exception {
		String created = http().post("officer-de", "/api/denials", denial("\"entry\":\"1.B.2\"", "\"name\":\"Consulted Ltd\""))
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int denial = JsonPath.read(created, "$.id");
		var opened = http().post("officer-fr", "/api/denials/" + denial + "/consultations", "{\"subject\":\"Same end user\"}");
		assertThat(opened).hasStatus(HttpStatus.CREATED);
		int consultation = JsonPath.read(opened.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		refused(http().post("officer-de", "/api/consultations/" + consultation + "/answer", ""), HttpStatus.BAD_REQUEST, "", "body");
		refused(http().post("officer-de", "/api/consultations/" + consultation + "/answer", "{}"), HttpStatus.BAD_REQUEST, "'answer'",
				"required");
		refused(http().post("officer-fr", "/api/consultations/" + consultation + "/decision", ""), HttpStatus.BAD_REQUEST, "", "body");
		refused(http().post("officer-fr", "/api/consultations/" + consultation + "/decision", "{\"text\":\"x\"}"),
				HttpStatus.BAD_REQUEST, "'decision'", "required");
		refused(http().post("officer-fr", "/api/denials/" + denial + "/consultations", "{\"deadline\":\"2001-01-01\"}"),
				HttpStatus.BAD_REQUEST, "'deadline'", "today or later");
	}

	@Test
	void aForecastsSeedAndDrawsAreWholeNumbersInRange() {
		String scenario = "{\"proposal\":{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"IN\"},\"asOf\":\"2016-06-22\",%s}";
		refused(http().post("analyst", "/api/forecasts?save=false", scenario.formatted("\"seed\":9223372036854775808")),
				HttpStatus.BAD_REQUEST, "'seed'", "whole number");
		refused(http().post("analyst", "/api/forecasts?save=false", scenario.formatted("\"draws\":99999999999999999999")),
				HttpStatus.BAD_REQUEST, "'draws'", "whole number");
		refused(http().post("analyst", "/api/forecasts?save=false", scenario.formatted("\"draws\":100000000")),
				HttpStatus.BAD_REQUEST, "'draws'", "2,000,000");
		refused(http().post("analyst", "/api/forecasts?save=false", scenario.formatted("\"title\":\"" + "x".repeat(301) + "\"")),
				HttpStatus.BAD_REQUEST, "'title'", "300");
		refused(http().post("analyst", "/api/forecasts?save=false", scenario.formatted("\"title\":\"a\\u0000b\"")),
				HttpStatus.BAD_REQUEST, "'title'", "U+0000");
		assertThat(http().post("analyst", "/api/forecasts?save=false", scenario.formatted("\"seed\":-9223372036854775808,\"draws\":2000")))
				.hasStatusOk();
	}

	@Test
	void controlCharactersAreRefusedInEveryKindOfInput() {
		refused(http().post("chair", "/api/sessions", "{\"title\":\"Plenary\\u0007\",\"opensOn\":\"2026-06-01\"}"),
				HttpStatus.BAD_REQUEST, "'title'", "U+0007");
		refused(http().post("analyst", "/api/transfers/assessments", "{\"date\":\"2016-06-23\",\"recipient\":\"IN\",\"item\":"
				+ "{\"list\":\"UNLISTED\"},\"endUser\":{\"name\":\"a\\u0000\"},\"endUse\":{\"activity\":\"NON_NUCLEAR\"}}"),
				HttpStatus.BAD_REQUEST, "'endUser.name'", "U+0000");
		refused(http().post("analyst", "/api/screening/judgements", "{\"name\":\"a\\u0000\",\"target\":\"OFAC-SDN:306\"}"),
				HttpStatus.BAD_REQUEST, "'name'", "U+0000");
		refused(http().post("analyst", "/api/screening", "{\"parties\":[{\"name\":\"x\"},{\"name\":\"y\\u001b\"}]}"),
				HttpStatus.BAD_REQUEST, "'parties[1].name'", "U+001B");
		refused(http().post("analyst", "/api/screening", "{\"name\":\"" + "x".repeat(301) + "\"}"), HttpStatus.BAD_REQUEST, "'name'",
				"300");
		refused(mvc.get().uri("/api/participation/assessments").param("applicant", "IN").param("criteria", "a\u0000b")
				.header("Authorization", Http.basic("analyst")).exchange(), HttpStatus.BAD_REQUEST, "'criteria'", "U+0000");
		refused(http().get("analyst", "/api/states/IN?asOf=0000-01-01"), HttpStatus.BAD_REQUEST, "'asOf'", "from 1968-07-01");
		assertThat(http().get("analyst", "/api/states/IN?asOf=1968-07-01")).hasStatusOk();
	}

	@Test
	void aBodyOverTheLimitIs413() {
		MvcTestResult tooLarge = mvc.post().uri("/api/sessions").header("Authorization", Http.basic("chair"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + "x".repeat(1 << 20) + "\"}").exchange();
		assertThat(tooLarge).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
	}

	private static String denial(String entry, String endUser) {
		return "{\"reference\":\"DE-LIMITS\",\"deniedOn\":\"" + LocalDate.now().minusDays(5) + "\",\"list\":\"DUAL_USE\"," + entry
				+ ",\"endUser\":{" + endUser + "},\"destination\":\"PK\",\"reasonClass\":\"END_USER_CONCERN\"}";
	}

	private static void refused(MvcTestResult result, HttpStatus status, String field, String says) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
				.extractingPath("$.detail").asString().contains(field).contains(says);
	}
}
