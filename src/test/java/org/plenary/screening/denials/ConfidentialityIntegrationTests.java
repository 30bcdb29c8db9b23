package org.plenary.screening.denials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/**
 * Who may read or change a denial, a judgement, a consultation or a position's basis, through every
 * door that reaches them: each case is a request that must be refused, or answered shaped by the
 * reader.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=screening")
class ConfidentialityIntegrationTests {

	static final String DENIAL = "{\"reference\":\"DE-2026-0777\",\"deniedOn\":\"%s\",\"list\":\"DUAL_USE\",\"entry\":\"2.B.1\","
			+ "\"endUser\":{\"name\":\"Orion Precision Instruments Company\"},"
			+ "\"destination\":\"AE\",\"endUse\":\"machining\",\"reasonClass\":\"END_USER_CONCERN\"}";

	static final String TRANSFER = "{\"id\":\"t-9\",\"date\":\"%s\",\"supplier\":\"%s\",\"recipient\":\"AE\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"2.B.1\"},"
			+ "\"endUser\":{\"name\":\"ORION PRECISION INSTRUMENTS CO\",\"country\":\"AE\"},"
			+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\"}}";

	@Autowired
	MockMvcTester mvc;

	/** Each test notifies its own denial, on its own item, so that one test's judgement leaves the others' alone. */
	private int notify(Http http, String entry) throws Exception {
		var notified = http.post("officer-de", "/api/denials", DENIAL.formatted(LocalDate.now().minusDays(3)).replace("2.B.1", entry));
		assertThat(notified).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(notified.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	private String outcome(Http http, String user, String supplier, String entry) throws Exception {
		return String.valueOf((Object) JsonPath.read(http.post(user, "/api/transfers/assessments",
				TRANSFER.formatted(LocalDate.now(), supplier).replace("2.B.1", entry)).getResponse()
				.getContentAsString(StandardCharsets.UTF_8), "$.outcome"));
	}

	@Test
	void aJudgementNamesATargetThatExistsKeepsItsVerdictAndBindsOnlyTheJudgingGovernment() throws Exception {
		Http http = new Http(mvc);
		int denial = notify(http, "2.B.1");
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(http, "officer-jp", "JP", "2.B.1").equals("CONSULT"));

		String judgement = "{\"name\":\"ORION PRECISION INSTRUMENTS CO\",\"target\":\"%s\",\"verdict\":\"%s\"}";
		assertThat(http.post("analyst", "/api/screening/judgements", judgement.formatted("denial:" + denial, "NOT_SAME")))
				.as("an analyst may not switch off a government's denial").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("delegate-jp", "/api/screening/judgements", judgement.formatted("denial:" + denial, "NOT_SAME")))
				.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("denial:999999", "NOT_SAME")))
				.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("x:y", "NOT_SAME")))
				.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("nothing", "NOT_SAME")))
				.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(http.post("officer-jp", "/api/screening/judgements",
				"{\"name\":\"ORION\",\"target\":\"denial:" + denial + "\"}")).as("a verdict is required")
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().contains("verdict");
		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("denial:" + denial, "MAYBE")))
				.hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("denial:" + denial, "SAME")))
				.hasStatusOk().bodyJson().hasPathSatisfying("$.verdict", v -> assertThat(v).isEqualTo("SAME"))
				.hasPathSatisfying("$.scope", v -> assertThat(v).isEqualTo("JP"));
		assertThat(outcome(http, "officer-jp", "JP", "2.B.1")).as("SAME keeps the pair matching").isEqualTo("CONSULT");

		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("denial:" + denial, "NOT_SAME")))
				.hasStatusOk();
		await().atMost(Duration.ofSeconds(5)).until(() -> outcome(http, "officer-jp", "JP", "2.B.1").equals("APPROVE"));
		assertThat(outcome(http, "officer-fr", "FR", "2.B.1")).as("Japan's judgement does not silence France's match").isEqualTo("CONSULT");

		assertThat(http.post("officer-jp", "/api/screening/judgements", judgement.formatted("denial:" + denial, "SAME")))
				.hasStatusOk();
		await().atMost(Duration.ofSeconds(5)).until(() -> outcome(http, "officer-jp", "JP", "2.B.1").equals("CONSULT"));
	}

	@Test
	void anAnalystsAssessmentNeitherListsNorBetraysDenials() throws Exception {
		Http http = new Http(mvc);
		notify(http, "2.B.2");
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(http, "officer-it", "IT", "2.B.2").equals("CONSULT"));
		var analyst = http.post("analyst", "/api/transfers/assessments", TRANSFER.formatted(LocalDate.now(), "IT").replace("2.B.1", "2.B.2"));
		assertThat(analyst).hasStatusOk().bodyJson().hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("APPROVE"))
				.hasPathSatisfying("$.denialMatches", v -> assertThat(v).asArray().isEmpty());
		assertThat(analyst.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("DE-2026-0777")
				.doesNotContain("Orion Precision Instruments Company");
		var batch = http.post("analyst", "/api/transfers/assessments",
				"{\"transfers\":[" + TRANSFER.formatted(LocalDate.now(), "IT").replace("2.B.1", "2.B.2") + "]}");
		assertThat(batch.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("DE-2026-0777")
				.contains("APPROVE");
	}

	@Test
	void screeningListsAreForOfficersAndAnalystsOnly() {
		Http http = new Http(mvc);
		for (String user : new String[] { "applicant-in", "delegate-us", "chair" }) {
			assertThat(http.get(user, "/api/screening/lists")).as(user).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/api/screening/lists")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(http.get("analyst", "/api/screening/lists")).hasStatusOk();
		assertThat(http.get("officer-de", "/api/screening/lists")).hasStatusOk();
	}

	@Test
	void aConsultationDoesNotExistForOutsiders() throws Exception {
		Http http = new Http(mvc);
		int denial = notify(http, "2.A.1");
		var opened = http.post("officer-fr", "/api/denials/" + denial + "/consultations", "{\"subject\":\"lathe\"}");
		assertThat(opened).hasStatus(HttpStatus.CREATED);
		int id = JsonPath.read(opened.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		var unknown = http.get("officer-jp", "/api/consultations/99999999");
		assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
		for (String user : new String[] { "officer-jp", "delegate-jp", "chair" }) {
			var outsider = http.get(user, "/api/consultations/" + id);
			assertThat(outsider).as(user).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(outsider.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(user)
					.doesNotContain("FR").doesNotContain("DE");
			assertThat(http.post(user, "/api/consultations/" + id + "/answer", "{\"answer\":\"MAINTAIN\"}")).as(user)
					.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(http.post(user, "/api/consultations/" + id + "/decision", "{\"decision\":\"APPROVED\"}")).as(user)
					.hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(http.get("chair", "/api/consultations")).hasStatusOk().bodyJson().hasPathSatisfying("$",
				v -> assertThat(v).asArray().isEmpty());
		assertThat(http.get("analyst", "/api/consultations/" + id)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.get("officer-de", "/api/consultations/" + id)).hasStatusOk();
		assertThat(http.get("officer-fr", "/api/consultations/" + id)).hasStatusOk();
	}

	@Test
	void aForecastBuiltOnRecordedPositionsIsSharedWithPgsUsersOnly() throws Exception {
		Http http = new Http(mvc);
		String scenario = "{\"proposal\":{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"IN\"},\"asOf\":\"2016-06-22\",\"seed\":1}";
		var created = http.post("delegate-us", "/api/forecasts", scenario);
		assertThat(created).hasStatus(HttpStatus.CREATED);
		int id = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.put("delegate-us", "/api/forecasts/" + id + "/shared", "{\"shared\":true}")).hasStatusOk();
		assertThat(http.get("analyst", "/api/forecasts/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.get("analyst", "/api/forecasts")).hasStatusOk().bodyJson().hasPathSatisfying("$[*].id",
				v -> assertThat(v).asArray().doesNotContain(id));
		assertThat(http.get("officer-de", "/api/forecasts/" + id)).hasStatusOk();

		var analysts = http.post("analyst", "/api/forecasts", scenario);
		int open = JsonPath.read(analysts.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.put("analyst", "/api/forecasts/" + open + "/shared", "{\"shared\":true}")).hasStatusOk();
		assertThat(http.get("delegate-fr", "/api/forecasts/" + open)).as("an analyst's forecast rests on public positions only")
				.hasStatusOk();
	}
}
