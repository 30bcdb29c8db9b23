package org.plenary.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.screening.lists.ListedParty;
import org.plenary.screening.matching.MatchSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code POST /api/screening} with a country and a date of birth, against lists whose parties carry
 * them: a namesake born in another year drops out of the hits, the same name with the listed date
 * stays and ranks first, each hit says what the country and the date did, and a value that is not a
 * country or a date is a 400 naming the field.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=corroboration")
class CorroborationIntegrationTests {

	/** Names made up for the test, each listed with the dates and countries a list would give. */
	static final List<ListedParty> PARTIES = List.of(
			new ListedParty("UN", "KPi.901", "KWON CHOL MIN", List.of(), "individual", List.of("Democratic People's Republic of Korea"),
					List.of("1970-03-14")),
			new ListedParty("OFAC-SDN", "990001", "DARIUSH FARHADI NEZHAD", List.of(), "individual", List.of("Iran"),
					List.of("1962", "1963")),
			new ListedParty("OFAC-SDN", "990002", "ORLANDO VELASQUEZ PRIETO", List.of(), "individual", List.of(), List.of()),
			new ListedParty("BIS-DPL", "990003", "HALCYON TURBINE WORKS", List.of(), "entity", List.of("AE"), List.of()));

	@TestBean
	Screening screening;

	static Screening screening() {
		return Screening.of(PARTIES, MatchSettings.defaults());
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void aNamesakeBornInAnotherYearDropsOutAndTheListedDateStays() {
		Http http = new Http(mvc);
		assertThat(http.post("analyst", "/api/screening", "{\"name\":\"Kwon Chol Min\",\"dateOfBirth\":\"1985-06-01\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.hits").asArray().as("a namesake born in 1985").isEmpty();
		assertThat(http.post("analyst", "/api/screening", "{\"name\":\"Kwon Chol Min\",\"dateOfBirth\":\"1970-03-14\",\"country\":\"KP\"}"))
			.hasStatusOk().bodyJson()
			.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("KPi.901"))
			.hasPathSatisfying("$.hits[0].score", v -> assertThat(v).isEqualTo(1.0))
			.hasPathSatisfying("$.hits[0].corroboration[0].text",
					v -> assertThat(v).isEqualTo("date of birth 1970-03-14 agrees with the list's 1970-03-14: +0.03"))
			.hasPathSatisfying("$.hits[0].corroboration[1].text", v -> assertThat(v).isEqualTo("country KP agrees with the list's KP: +0.02"))
			.hasPathSatisfying("$.hits[0].explanation", v -> assertThat(v).asString().endsWith("country KP agrees with the list's KP: +0.02"));
		assertThat(http.post("analyst", "/api/screening", "{\"name\":\"Kwon Chol Min\"}")).bodyJson()
			.as("without a date: the name alone, and no new fields")
			.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("KPi.901"))
			.doesNotHavePath("$.hits[0].corroboration").doesNotHavePath("$.hits[0].nameScore").doesNotHavePath("$.hits[0].nameExplanation");
	}

	@Test
	void aYearOnlyListingAllowsAYearEitherSideAndAnotherCountryLowersALittle() {
		Http http = new Http(mvc);
		assertThat(http.post("analyst", "/api/screening", "{\"name\":\"Dariush Farhadi Nezhad\",\"dateOfBirth\":\"1964-02-02\","
				+ "\"country\":\"Iraq\"}")).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.hits[0].entryId", v -> assertThat(v).isEqualTo("990001"))
			.hasPathSatisfying("$.hits[0].nameScore", v -> assertThat(v).isEqualTo(1.0))
			.hasPathSatisfying("$.hits[0].score", v -> assertThat(v).isEqualTo(0.96))
			.hasPathSatisfying("$.hits[0].corroboration[0].outcome", v -> assertThat(v).isEqualTo("CLOSE"))
			.hasPathSatisfying("$.hits[0].corroboration[1].text", v -> assertThat(v).isEqualTo("country IQ differs from the list's IR: -0.04"));
		assertThat(http.post("analyst", "/api/screening", "{\"name\":\"Dariush Farhadi Nezhad\",\"dateOfBirth\":\"1965\"}"))
			.bodyJson().extractingPath("$.hits").asArray().as("two years after the last listed year").isEmpty();
	}

	@Test
	void aListedPartyWithoutADateKeepsItsScoreAndSaysTheListGivesNone() {
		assertThat(new Http(mvc).post("analyst", "/api/screening", "{\"parties\":[{\"id\":\"a\",\"name\":\"Orlando Velasquez Prieto\","
				+ "\"dateOfBirth\":\"1980\"},{\"id\":\"b\",\"name\":\"Halcyon Turbine Works\",\"country\":\"United Arab Emirates\"}]}"))
			.hasStatusOk().bodyJson()
			.hasPathSatisfying("$.results[0].hits[0].score", v -> assertThat(v).isEqualTo(1.0))
			.hasPathSatisfying("$.results[0].hits[0].corroboration[0].text",
					v -> assertThat(v).isEqualTo("date of birth 1980: the list gives none, no change"))
			.hasPathSatisfying("$.results[1].hits[0].corroboration[0].outcome", v -> assertThat(v).isEqualTo("AGREES"));
	}

	@Test
	void aValueThatIsNotACountryOrADateIsA400NamingTheField() {
		Http http = new Http(mvc);
		assertThat(http.post("analyst", "/api/screening", "{\"name\":\"Kwon Chol Min\",\"country\":\"Narnia\",\"dateOfBirth\":\"1970-02-30\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
			.hasPathSatisfying("$.fieldErrors[*].field", v -> assertThat(v).asArray().containsExactly("country", "dateOfBirth"))
			.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("'country' must be a country's ISO 3166-1 alpha-2 code")
					.contains("got 'Narnia'").contains("'dateOfBirth' is not a date on the calendar"));
		assertThat(http.post("analyst", "/api/screening", "{\"parties\":[{\"name\":\"a\"},{\"name\":\"b\",\"dateOfBirth\":\"14/03/1970\"}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
			.hasPathSatisfying("$.fieldErrors[0].field", v -> assertThat(v).isEqualTo("parties[1].dateOfBirth"));
	}
}
