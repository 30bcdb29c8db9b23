package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/** Transfer assessment over HTTP: who may assess, batches with bad items, saved transfers, and a new exception. */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=modules")
class LicensingIntegrationTests {

	static final String REACTOR_TO_PAKISTAN = "{\"id\":\"pk-1\",\"date\":\"%s\",\"supplier\":\"CN\",\"recipient\":\"PK\","
			+ "\"item\":{\"list\":\"TRIGGER\",\"entry\":\"1.1\",\"description\":\"pressurised water reactor\"},"
			+ "\"endUser\":{\"name\":\"Pakistan Atomic Energy Commission\",\"country\":\"PK\"},"
			+ "\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\",\"description\":\"Chashma unit 5\"}}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExceptionAdoptedByConsensusAppliesFromItsDecisionDateWithoutARestart() throws Exception {
		Http http = new Http(mvc);
		String today = LocalDate.now().toString();
		String transfer = REACTOR_TO_PAKISTAN.formatted(today);
		assertThat(http.post("officer-cn", "/api/transfers/assessments", transfer)).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("DENY"))
				.hasPathSatisfying("$.reasons[0].code", v -> assertThat(v).isEqualTo("FULL_SCOPE_SAFEGUARDS_MISSING"));

		var tabled = http.post("chair", "/api/proposals", "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"Statement on civil "
				+ "nuclear cooperation with Pakistan\",\"payload\":{\"state\":\"PK\",\"lists\":[\"TRIGGER\",\"DUAL_USE\"],"
				+ "\"activity\":\"SAFEGUARDED_NUCLEAR\",\"waives\":[\"FULL_SCOPE_SAFEGUARDS\"],\"excludes\":[\"ENR\"]}}");
		assertThat(tabled).hasStatus(HttpStatus.CREATED);
		String body = tabled.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int id = JsonPath.read(body, "$.id");
		List<String> roster = JsonPath.read(body, "$.roster");
		for (String pg : roster) {
			http.put("delegate-" + pg.toLowerCase(Locale.ROOT), "/api/proposals/" + id + "/positions/" + pg,
					"{\"position\":\"NO_OBJECTION\"}");
		}
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).bodyJson().extractingPath("$.status")
				.isEqualTo("ADOPTED");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				http.post("officer-cn", "/api/transfers/assessments", transfer)).bodyJson()
				.hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("APPROVE"))
				.hasPathSatisfying("$.reasons[0].code", v -> assertThat(v).isEqualTo("EXCEPTION_APPLIES"))
				.hasPathSatisfying("$.reasons[0].ref", v -> assertThat(v).asString()
						.isEqualTo("Plenary decision of " + today + " on proposal " + id)));
		assertThat(http.post("officer-cn", "/api/transfers/assessments", REACTOR_TO_PAKISTAN.formatted("2020-01-01")))
				.bodyJson().extractingPath("$.outcome").isEqualTo("DENY");
		assertThat(http.post("officer-cn", "/api/transfers/assessments", REACTOR_TO_PAKISTAN.formatted(today)
				.replace("\"1.1\"", "\"5.1.1.b\""))).bodyJson().extractingPath("$.outcome").isEqualTo("DENY");
	}

	/** Part 1 para 9: a consignee in the DPRK is refused over HTTP; an unknown end-user country is a 400 problem. */
	@Test
	void aConsigneeInAThirdCountryIsWeighedAndAnUnknownCountryIsRefused() {
		Http http = new Http(mvc);
		String viaDprk = "{\"id\":\"jp-1\",\"date\":\"2020-01-01\",\"supplier\":\"FR\",\"recipient\":\"JP\","
				+ "\"item\":{\"list\":\"TRIGGER\",\"entry\":\"1.1\"},\"endUser\":{\"name\":\"Utility\",\"country\":\"JP\"},"
				+ "\"consignee\":{\"name\":\"Forwarder\",\"country\":\"KP\"},\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\"}}";
		assertThat(http.post("analyst", "/api/transfers/assessments", viaDprk)).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("DENY"))
				.hasPathSatisfying("$.reasons[0].code", v -> assertThat(v).isEqualTo("THIRD_COUNTRY_REFUSED"));
		String unknown = REACTOR_TO_PAKISTAN.formatted("2020-01-01").replace("\"country\":\"PK\"", "\"country\":\"Pakistan\"");
		assertThat(http.post("analyst", "/api/transfers/assessments", unknown)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void onlyLicensingOfficersAndAnalystsMayAssess() {
		Http http = new Http(mvc);
		String transfer = REACTOR_TO_PAKISTAN.formatted("2020-01-01");
		assertThat(http.post("officer-fr", "/api/transfers/assessments", transfer)).hasStatusOk();
		assertThat(http.post("analyst", "/api/transfers/assessments", transfer)).hasStatusOk();
		for (String user : List.of("chair", "delegate-fr", "applicant-pk")) {
			assertThat(http.post(user, "/api/transfers/assessments", transfer)).as(user).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.post().uri("/api/transfers/assessments").contentType("application/json").content(transfer))
				.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aBatchReportsEachUnreadableTransferInPlaceAndAssessesTheRest() {
		Http http = new Http(mvc);
		String good = REACTOR_TO_PAKISTAN.formatted("2020-01-01");
		String batch = "{\"transfers\":[" + good + "," + good.replace("\"1.1\"", "\"9.9\"") + ","
				+ good.replace("SAFEGUARDED_NUCLEAR", "PEACEFUL") + "," + good.replace("\"PK\",\"item\"", "\"ZZ\",\"item\"")
				+ "]}";
		assertThat(http.post("officer-fr", "/api/transfers/assessments", batch)).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.decisions[0].outcome", v -> assertThat(v).isEqualTo("DENY"))
				.hasPathSatisfying("$.decisions[1].index", v -> assertThat(v).isEqualTo(1))
				.hasPathSatisfying("$.decisions[1].error.detail", v -> assertThat(v).asString().contains("9.9"))
				.hasPathSatisfying("$.decisions[2].error.detail", v -> assertThat(v).asString().contains("PEACEFUL")
						.contains("SAFEGUARDED_NUCLEAR"))
				.hasPathSatisfying("$.decisions[3].error.detail", v -> assertThat(v).asString().contains("ZZ"));
	}

	@Test
	void anUnreadableSingleTransferIsAProblem() {
		Http http = new Http(mvc);
		assertThat(http.post("officer-fr", "/api/transfers/assessments", "{\"id\":\"x\",\"date\":\"yesterday\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().hasPathSatisfying("$.type",
						v -> assertThat(v).isEqualTo("/problems/invalid-transfer"))
				.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("date"));
		assertThat(http.post("officer-fr", "/api/transfers/assessments", "{\"id\":\"x\",\"date\":\"2020-01-01\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().contains("recipient");
	}

	@Test
	void aSavedTransferIsSeenOnlyByItsOwnGovernment() throws Exception {
		Http http = new Http(mvc);
		var saved = http.post("officer-fr", "/api/transfers", REACTOR_TO_PAKISTAN.formatted("2020-01-01"));
		assertThat(saved).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.decision.outcome").isEqualTo("DENY");
		int id = JsonPath.read(saved.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(http.get("officer-fr", "/api/transfers/" + id)).hasStatusOk();
		assertThat(http.get("officer-de", "/api/transfers/" + id)).hasStatus(HttpStatus.NOT_FOUND); // another government's transfer does not exist for it
		assertThat(http.get("analyst", "/api/transfers/" + id)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.get("officer-de", "/api/transfers")).bodyJson().hasPathSatisfying("$[*].id",
				v -> assertThat(v).asArray().doesNotContain(id));
		assertThat(http.post("analyst", "/api/transfers", REACTOR_TO_PAKISTAN.formatted("2020-01-01")))
				.hasStatus(HttpStatus.FORBIDDEN);
	}

	/** The TransferSaved event reaches the audit chain with the entry SavedTransfers used to append itself. */
	@Test
	void savingATransferRecordsWhoSavedItInTheAuditChain() throws Exception {
		Http http = new Http(mvc);
		var saved = http.post("officer-fr", "/api/transfers", REACTOR_TO_PAKISTAN.formatted("2020-01-01"));
		int id = JsonPath.read(saved.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		var entry = jdbc.sql("select actor, action, payload from audit_entry where subject = ?").param("transfer/" + id)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
		assertThat(entry.subList(0, 2)).containsExactly("officer-fr", "transfer.saved");
		assertThat(JsonPath.<String>read(entry.get(2), "$.government")).isEqualTo("FR");
		assertThat(JsonPath.<String>read(entry.get(2), "$.transferId")).isEqualTo("pk-1");
		assertThat(JsonPath.<String>read(entry.get(2), "$.outcome")).isEqualTo("DENY");
	}

	@Test
	void assessingDoesNotStoreTheTransfer() {
		Http http = new Http(mvc);
		http.post("officer-jp", "/api/transfers/assessments", REACTOR_TO_PAKISTAN.formatted("2021-01-01"));
		assertThat(http.get("officer-jp", "/api/transfers")).bodyJson().hasPathSatisfying("$.length()",
				v -> assertThat(v).asNumber().isEqualTo(0));
	}

	@Test
	void aTransferDatedBeforeTheGuidelinesIsRefusedWithTheDayTheyTookEffect() {
		Http http = new Http(mvc);
		for (String list : List.of("TRIGGER", "UNLISTED")) {
			String transfer = REACTOR_TO_PAKISTAN.formatted("1975-06-01").replace("\"TRIGGER\"", "\"" + list + "\"");
			assertThat(http.post("analyst", "/api/transfers/assessments", transfer)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
					.extractingPath("$.detail").asString().contains("before the Guidelines took effect").contains("1978");
		}
	}

	@Test
	void theControlListsArePublicAndAsOfADate() {
		assertThat(mvc.get().uri("/api/control-lists?list=TRIGGER&asOf=2020-01-01")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[?(@.entry == '5.1.1.b')].sensitive", v -> assertThat(v).asArray().containsExactly(true))
				.hasPathSatisfying("$[?(@.entry == '3.1')].title", v -> assertThat(v).asArray().singleElement().asString()
						.contains("decladding"));
		assertThat(mvc.get().uri("/api/control-lists?list=TRIGGER&asOf=2020-01-01")).bodyJson()
				.hasPathSatisfying("$[?(@.entry == '5.2')].group", v -> assertThat(v).asArray().containsExactly(true))
				.hasPathSatisfying("$[?(@.entry == '5.2.1')].parent", v -> assertThat(v).asArray().containsExactly("5.2"));
		assertThat(mvc.get().uri("/api/control-lists/renumbering")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$[?(@.from == '3.5')].to[0]", v -> assertThat(v).asArray().containsExactly("7.2.1"));
		assertThat(mvc.get().uri("/api/control-lists?list=TRIGGER&asOf=2010-01-01")).bodyJson()
				.hasPathSatisfying("$[?(@.entry == '3.1')].title", v -> assertThat(v).asArray().singleElement().asString()
						.doesNotContain("decladding"));
		assertThat(mvc.get().uri("/api/control-lists?list=BOTH")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
				.extractingPath("$.detail").asString().contains("TRIGGER");
	}
}
