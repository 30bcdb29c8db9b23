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

/** Denials, matching, consultation and withdrawal end to end over HTTP, with who may see what. */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=screening")
class DenialsIntegrationTests {

	static final String DENIAL = "{\"reference\":\"DE-2026-0042\",\"deniedOn\":\"%s\",\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\","
			+ "\"endUser\":{\"name\":\"Technology Engineering Company Limited\",\"aliases\":[\"TEC Lahore\"],\"address\":\"Lahore\"},"
			+ "\"destination\":\"PK\",\"endUse\":\"general machining\",\"reasonClass\":\"END_USER_CONCERN\"}";

	static final String TRANSFER = "{\"id\":\"fr-7\",\"date\":\"%s\",\"supplier\":\"%s\",\"recipient\":\"PK\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\",\"description\":\"5-axis machining centre\"},"
			+ "\"endUser\":{\"name\":\"TECHNOLOGY ENGINEERING CO. LTD\",\"country\":\"PK\"},"
			+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\",\"description\":\"automotive parts\"}}";

	@Autowired
	MockMvcTester mvc;

	@Test
	void aDenialByGermanyMakesFranceConsultAndItsWithdrawalLetsFranceApprove() throws Exception {
		Http http = new Http(mvc);
		String today = LocalDate.now().toString();
		var notified = http.post("officer-de", "/api/denials", DENIAL.formatted(LocalDate.now().minusDays(30)));
		assertThat(notified).hasStatus(HttpStatus.CREATED).bodyJson()
				.hasPathSatisfying("$.notifyingPg", v -> assertThat(v).isEqualTo("DE"))
				.hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("ACTIVE"))
				.hasPathSatisfying("$.validUntil", v -> assertThat(v).isEqualTo(LocalDate.now().minusDays(30).plusYears(3).toString()));
		int denial = JsonPath.read(notified.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");

		for (String user : new String[] { "applicant-pk", "analyst" }) {
			assertThat(http.get(user, "/api/denials/" + denial)).as(user).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(http.get(user, "/api/denials")).as(user).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/api/denials/" + denial)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(http.get("delegate-jp", "/api/denials/" + denial)).hasStatusOk();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				http.post("officer-fr", "/api/transfers/assessments", TRANSFER.formatted(today, "FR"))).bodyJson()
				.hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("CONSULT"))
				.hasPathSatisfying("$.denialMatches[0].notifyingGovernment", v -> assertThat(v).isEqualTo("DE"))
				.hasPathSatisfying("$.denialMatches[0].reference", v -> assertThat(v).isEqualTo("DE-2026-0042"))
				.hasPathSatisfying("$.denialMatches[0].explanation", v -> assertThat(v).asString()
						.contains("'TECHNOLOGY ENGINEERING CO. LTD' matched 'Technology Engineering Company Limited'")
						.contains("same destination PK").contains("DUAL_USE 1.B.2")));
		assertThat(http.post("officer-de", "/api/transfers/assessments", TRANSFER.formatted(today, "DE"))).bodyJson()
				.extractingPath("$.outcome").as("a PG's own denial does not make it consult itself").isEqualTo("APPROVE");
		assertThat(http.post("officer-fr", "/api/transfers/assessments", TRANSFER.formatted(today, "FR")
				.replace("TECHNOLOGY ENGINEERING CO. LTD", "Pakistan Steel Mills"))).bodyJson().extractingPath("$.outcome")
				.isEqualTo("APPROVE");

		var opened = http.post("officer-fr", "/api/denials/" + denial + "/consultations",
				"{\"subject\":\"5-axis machining centre for automotive parts\"}");
		assertThat(opened).hasStatus(HttpStatus.CREATED).bodyJson().hasPathSatisfying("$.daysLeft",
				v -> assertThat(v).asNumber().isEqualTo(30));
		int consultation = JsonPath.read(opened.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.get("officer-de", "/api/consultations")).bodyJson().hasPathSatisfying("$[*].id",
				v -> assertThat(v).asArray().contains(consultation));
		assertThat(http.get("officer-jp", "/api/consultations/" + consultation)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.post("officer-fr", "/api/consultations/" + consultation + "/answer",
				"{\"answer\":\"WITHDRAW\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("officer-de", "/api/consultations/" + consultation + "/answer",
				"{\"answer\":\"WITHDRAW\",\"text\":\"The end user has changed hands.\"}")).hasStatusOk().bodyJson()
				.extractingPath("$.status").isEqualTo("ANSWERED");
		assertThat(http.get("officer-de", "/api/denials/" + denial)).bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				http.post("officer-fr", "/api/transfers/assessments", TRANSFER.formatted(today, "FR"))).bodyJson()
				.hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("APPROVE"))
				.hasPathSatisfying("$.denialMatches", v -> assertThat(v).asArray().isEmpty()));
		assertThat(http.post("officer-fr", "/api/consultations/" + consultation + "/decision",
				"{\"decision\":\"APPROVED\",\"text\":\"Licence granted\"}")).hasStatusOk().bodyJson()
				.extractingPath("$.decision").isEqualTo("APPROVED");
		assertThat(http.get("analyst", "/api/audit/verify")).bodyJson().extractingPath("$.valid").isEqualTo(true);
	}

	@Test
	void onlyTheNotifyingGovernmentAmendsOrRevokesItsDenial() throws Exception {
		Http http = new Http(mvc);
		var notified = http.post("officer-it", "/api/denials", DENIAL.formatted(LocalDate.now().minusDays(1))
				.replace("DE-2026-0042", "IT-1").replace("\"PK\"", "\"IR\""));
		int denial = JsonPath.read(notified.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.post("officer-fr", "/api/denials/" + denial + "/revocation", "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("delegate-it", "/api/denials/" + denial + "/revocation", "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("officer-it", "/api/denials/" + denial + "/revocation", "")).hasStatusOk().bodyJson()
				.extractingPath("$.status").isEqualTo("REVOKED");
		assertThat(http.post("analyst", "/api/denials", DENIAL.formatted(LocalDate.now()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("officer-it", "/api/denials", DENIAL.formatted(LocalDate.now()).replace("\"DUAL_USE\"", "\"MAYBE\"")))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().contains("TRIGGER");
	}

	@Test
	void screeningFindsListedPartiesAndAJudgementSuppressesThePair() {
		Http http = new Http(mvc);
		assertThat(http.post("analyst", "/api/screening", "{\"id\":\"p1\",\"name\":\"National Bank of Cuba\",\"country\":\"CU\"}"))
				.hasStatusOk().bodyJson().hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("306"))
				.hasPathSatisfying("$.hits[0].list", v -> assertThat(v).isEqualTo("OFAC-SDN"));
		assertThat(http.post("officer-fr", "/api/screening/judgements",
				"{\"name\":\"National Bank of Cuba\",\"target\":\"OFAC-SDN:306\",\"verdict\":\"NOT_SAME\"}")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(http.post("officer-fr", "/api/screening",
				"{\"id\":\"p1\",\"name\":\"National Bank of Cuba\"}")).bodyJson().hasPathSatisfying("$.hits[*].entryId",
						v -> assertThat(v).asArray().doesNotContain("306")));
		assertThat(http.post("analyst", "/api/screening", "{\"id\":\"p1\",\"name\":\"National Bank of Cuba\"}")).bodyJson()
				.as("France's judgement binds France, not an analyst").hasPathSatisfying("$.hits[*].entryId",
						v -> assertThat(v).asArray().contains("306"));
		assertThat(http.post("delegate-fr", "/api/screening", "{\"name\":\"x\"}")).hasStatus(HttpStatus.FORBIDDEN);
		String many = "{\"parties\":[" + "{\"name\":\"a\"},".repeat(1000) + "{\"name\":\"b\"}]}";
		assertThat(http.post("analyst", "/api/screening", many)).hasStatus(HttpStatus.BAD_REQUEST);
	}
}
