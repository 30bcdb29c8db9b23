package org.plenary.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/**
 * The consensus rule end to end over HTTP, on a database of its own (an admission changes the roster
 * every other test sees): table, block, withdraw the objection, adopt, roster grows, audit verifies.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=consensus_flow")
class ConsensusFlowIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Registry registry;

	@Test
	void oneObjectionBlocksAdmissionAndItsWithdrawalAdmitsTheState() throws Exception {
		Http http = new Http(mvc);
		LocalDate today = registry.today();
		var tabled = http.post("chair", "/api/proposals",
				"{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"CL\",\"title\":\"Admission of Chile\",\"procedure\":\"PLENARY\"}");
		assertThat(tabled).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("OPEN");
		String body = tabled.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int id = JsonPath.read(body, "$.id");
		List<String> roster = JsonPath.read(body, "$.roster");
		assertThat(roster).hasSize(48);

		for (String pg : roster) {
			String position = pg.equals("CN") ? "OBJECTION" : "SUPPORT";
			assertThat(http.put("delegate-" + pg.toLowerCase(Locale.ROOT), "/api/proposals/" + id + "/positions/" + pg,
					"{\"position\":\"" + position + "\",\"statement\":\"" + pg + " on Chile\"}")).hasStatusOk();
		}
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).hasStatusOk().bodyJson()
				.isLenientlyEqualTo("{\"status\":\"BLOCKED\",\"objectors\":[\"CN\"],\"reservations\":[]}");

		assertThat(http.put("delegate-cn", "/api/proposals/" + id + "/positions/CN",
				"{\"position\":\"NO_OBJECTION\",\"statement\":\"China will not stand in the way\"}")).hasStatusOk();
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).hasStatusOk().bodyJson()
				.isLenientlyEqualTo("{\"status\":\"ADOPTED\",\"objectors\":[],\"reservations\":[]}");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				http.get("analyst", "/api/regimes/nsg/participants?asOf=" + today)).bodyJson()
				.hasPathSatisfying("$.participants.length()", v -> assertThat(v).asNumber().isEqualTo(49)));
		assertThat(http.get("analyst", "/api/regimes/nsg/participants?asOf=" + today.minusDays(1))).bodyJson()
				.hasPathSatisfying("$.participants.length()", v -> assertThat(v).asNumber().isEqualTo(48));
		assertThat(http.get("analyst", "/api/states/CL")).bodyJson().extractingPath("$.status")
				.isEqualTo("PARTICIPATING_GOVERNMENT");

		assertThat(http.get("analyst", "/api/audit/verify")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.valid", v -> assertThat(v).isEqualTo(true))
				.hasPathSatisfying("$.events", v -> assertThat(v).asNumber().asInstanceOf(
						org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(52));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.get("delegate-cl", "/api/me"))
				.hasStatusOk());
		var later = http.post("chair", "/api/proposals",
				"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"A statement tabled after Chile's admission\"}");
		assertThat(later).hasStatus(HttpStatus.CREATED).bodyJson()
				.hasPathSatisfying("$.roster", v -> assertThat(v).asArray().hasSize(49).contains("CL"));
	}
}
