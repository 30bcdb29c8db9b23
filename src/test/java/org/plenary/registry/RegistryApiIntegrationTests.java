package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PlenaryIntegrationTest
class RegistryApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsEveryStateWithItsStatusOnADate() {
		assertThat(mvc.get().uri("/api/states?asOf=2016-06-23")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.length()", v -> assertThat(v).asNumber().isEqualTo(195))
				.hasPathSatisfying("$[?(@.code == 'IN')].status", v -> assertThat(v).asArray().containsExactly("APPLICANT"));
	}

	@Test
	void answersIndiasMtcrMembershipAsOfADate() {
		assertThat(mvc.get().uri("/api/states/IN?asOf=2016-06-23")).hasStatusOk().bodyJson()
				.extractingPath("$.inForce.MTCR[0].value").isEqualTo("NON_MEMBER");
		assertThat(mvc.get().uri("/api/states/in?asOf=2016-07-01")).hasStatusOk().bodyJson()
				.extractingPath("$.inForce.MTCR[0].value").isEqualTo("MEMBER");
	}

	@Test
	void profileCarriesEveryFactsDatesAndSource() {
		assertThat(mvc.get().uri("/api/states/IN?asOf=2014-07-25")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.inForce.ADDITIONAL_PROTOCOL[0].validFrom", v -> assertThat(v).isEqualTo("2014-07-25"))
				.hasPathSatisfying("$.inForce.ADDITIONAL_PROTOCOL[0].source", v -> assertThat(v).asString().contains("World Nuclear News"))
				.hasPathSatisfying("$.inForce.ADDITIONAL_PROTOCOL[0].citations[0].url",
						v -> assertThat(v).asString().startsWith("http://www.world-nuclear-news.org"))
				.hasPathSatisfying("$.inForce.ADDITIONAL_PROTOCOL[0].citations[0].secondary", v -> assertThat(v).isEqualTo(true))
				.hasPathSatisfying("$.inForce.ADDITIONAL_PROTOCOL[0].verified", v -> assertThat(v).isEqualTo(true))
				.hasPathSatisfying("$.facts[*].source", v -> assertThat(v).asArray().hasSizeGreaterThan(15)
						.allSatisfy(source -> assertThat(source).asString().isNotBlank()))
				.hasPathSatisfying("$.facts[*].verified", v -> assertThat(v).asArray().contains(true, false));
	}

	@Test
	void rosterAsOfTheIndiaStatementHasFortyFiveParticipants() {
		assertThat(mvc.get().uri("/api/regimes/nsg/participants?asOf=2008-09-06")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.asOf", v -> assertThat(v).isEqualTo("2008-09-06"))
				.hasPathSatisfying("$.participants.length()", v -> assertThat(v).asNumber().isEqualTo(45));
		assertThat(mvc.get().uri("/api/regimes/nsg/participants")).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.participants.length()", v -> assertThat(v).asNumber().isEqualTo(48));
	}

	@Test
	void unknownStateIsAProblemNotFound() {
		assertThat(mvc.get().uri("/api/states/ZZ")).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
				.hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("/problems/state-not-found"))
				.hasPathSatisfying("$.title", v -> assertThat(v).isEqualTo("Unknown state"))
				.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("'ZZ'").contains("GET /api/states"))
				.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("ZZ"));
	}

	@Test
	void codeThatIsNotTwoLettersIsABadRequest() {
		assertThat(mvc.get().uri("/api/states/IND")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
				.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("ISO 3166-1 alpha-2"));
	}

	@Test
	void malformedAsOfNamesTheParameterAndTheExpectedFormat() {
		assertThat(mvc.get().uri("/api/states/IN?asOf=23/06/2016")).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
				.hasPathSatisfying("$.parameter", v -> assertThat(v).isEqualTo("asOf"))
				.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("'asOf'").contains("YYYY-MM-DD")
						.contains("23/06/2016"));
		assertThat(mvc.get().uri("/api/regimes/nsg/participants?asOf=2016-13-45")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void statePageShowsTheTimelineWithSources() {
		assertThat(mvc.get().uri("/states/IN?asOf=2016-06-23")).hasStatusOk().bodyText()
				.contains("India").contains("Applicant").contains("World Nuclear News").contains("unverified").contains("verified");
	}

	@Test
	void unknownStatePageIsAnErrorPageNotJson() {
		assertThat(mvc.get().uri("/states/ZZ").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND).bodyText()
				.contains("No state has the code").contains("Back to the map");
	}

	@Test
	void malformedDateOnAPageIsAnErrorPage() {
		assertThat(mvc.get().uri("/roster?asOf=yesterday").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText().contains("yesterday", "is not a date: type it as yyyy-mm-dd");
	}

	static String basic(String user) {
		return java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
	}
}
