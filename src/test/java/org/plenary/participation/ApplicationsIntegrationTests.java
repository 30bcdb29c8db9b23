package org.plenary.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/** Applications over HTTP: who may apply, see and propose, and what they get back. */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=modules")
class ApplicationsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anApplicantSeesOnlyItsOwnApplication() throws Exception {
		Http http = new Http(mvc);
		var list = http.get("applicant-pk", "/api/applications");
		assertThat(list).hasStatusOk().bodyJson().hasPathSatisfying("$[*].state",
				v -> assertThat(v).asArray().containsExactly("PK"));
		int india = idOf(http, "IN");
		assertThat(http.get("applicant-pk", "/api/applications/" + india)).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
				.extractingPath("$.type").isEqualTo("/problems/not-your-application");
		assertThat(http.get("applicant-in", "/api/applications/" + india)).hasStatusOk().bodyJson()
				.extractingPath("$.state").isEqualTo("IN");
		assertThat(http.get("analyst", "/api/applications/" + india)).hasStatusOk();
		assertThat(mvc.get().uri("/api/applications/" + india)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anApplicantAppliesOnlyForItsOwnState() {
		Http http = new Http(mvc);
		assertThat(http.post("applicant-in", "/api/applications", "{\"state\":\"IL\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("delegate-us", "/api/applications", "{\"state\":\"US\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("applicant-in", "/api/applications", "{\"state\":\"IN\"}")).hasStatus(HttpStatus.CONFLICT)
				.bodyJson().extractingPath("$.type").isEqualTo("/problems/application-open");
	}

	@Test
	void evidenceForAnUnknownCriterionNamesTheKnownOnes() throws Exception {
		Http http = new Http(mvc);
		int pakistan = JsonPath.read(http.get("applicant-pk", "/api/applications").getResponse()
				.getContentAsString(StandardCharsets.UTF_8), "$[0].id");
		assertThat(http.post("applicant-pk", "/api/applications/" + pakistan + "/evidence",
				"{\"criterion\":\"BEING_NICE\",\"statement\":\"x\"}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
				.extractingPath("$.detail").asString().contains("EXPORT_CONTROL_SYSTEM").contains("BEING_NICE");
		assertThat(http.post("applicant-pk", "/api/applications/" + pakistan + "/evidence",
				"{\"criterion\":\"CIVIL_MILITARY_SEPARATION\",\"statement\":\"Pakistan separates its civil facilities\"}"))
				.hasStatusOk().bodyJson().hasPathSatisfying("$.evidence[*].criterion",
						v -> assertThat(v).asArray().contains("CIVIL_MILITARY_SEPARATION"));
		assertThat(http.post("applicant-in", "/api/applications/" + pakistan + "/evidence",
				"{\"criterion\":\"CIVIL_MILITARY_SEPARATION\",\"statement\":\"x\"}")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theChairTurnsAnApplicationIntoAnAdmissionProposalOnce() throws Exception {
		Http http = new Http(mvc);
		int pakistan = idOf(http, "PK");
		assertThat(http.post("delegate-us", "/api/applications/" + pakistan + "/proposal", "{}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.post("chair", "/api/applications/" + pakistan + "/proposal", "{}")).hasStatus(HttpStatus.CREATED)
				.bodyJson().hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("ADMIT_PARTICIPANT"))
				.hasPathSatisfying("$.subject", v -> assertThat(v).isEqualTo("PK"))
				.hasPathSatisfying("$.title", v -> assertThat(v).isEqualTo("Admission of Pakistan"));
		assertThat(http.get("applicant-pk", "/api/applications/" + pakistan)).bodyJson().extractingPath("$.status")
				.isEqualTo("UNDER_CONSIDERATION");
		assertThat(http.post("chair", "/api/applications/" + pakistan + "/proposal", "{}")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void assessmentsAreServedOverHttpAndAnApplicantAssessesOnlyItself() {
		Http http = new Http(mvc);
		assertThat(http.get("analyst", "/api/participation/assessments?applicant=IN&criteria=nsg-factors&asOf=2016-06-23"))
				.hasStatusOk().bodyJson()
				.hasPathSatisfying("$.applicant", v -> assertThat(v).isEqualTo("IN"))
				.hasPathSatisfying("$.criteriaSet", v -> assertThat(v).isEqualTo("nsg-factors"))
				.hasPathSatisfying("$.asOf", v -> assertThat(v).isEqualTo("2016-06-23"))
				.hasPathSatisfying("$.results[?(@.criterion == 'NPT_OR_NWFZ_COMPLIANCE')].status",
						v -> assertThat(v).asArray().containsExactly("NOT_MET"))
				.hasPathSatisfying("$.summary.notMet", v -> assertThat(v).asNumber().isEqualTo(1));
		assertThat(http.get("applicant-pk", "/api/participation/assessments?applicant=IN")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.get("analyst", "/api/participation/assessments?applicant=IN&criteria=wishlist"))
				.hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.detail").asString().contains("grossi-2016");
	}

	private static int idOf(Http http, String state) throws Exception {
		java.util.List<Integer> ids = JsonPath.read(http.get("chair", "/api/applications").getResponse()
				.getContentAsString(StandardCharsets.UTF_8), "$[?(@.state == '" + state + "')].id");
		return ids.get(0);
	}
}
