package org.plenary.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.forecast.scenario.ScenarioLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/** Forecasts over HTTP on the demo history: who may forecast, privacy and sharing, bad scenarios, the backtest. */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=modules")
class ForecastIntegrationTests {

	static final String SEOUL = """
			{"proposal": {"type": "ADMIT_PARTICIPANT", "subject": "IN"}, "asOf": "2016-06-22",
			 "stances": {"CN": {"pObject": 0.9, "pReserve": 0.05}},
			 "blocs": [{"name": "npt-first", "members": ["AT", "IE", "NZ", "CH"], "weight": 0.5}],
			 "method": "AUTO", "seed": 42}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Forecasts forecasts;

	@Test
	void anAnalystForecastsSeoulFromTheRecordAndTheAnswerHasTheContractedFields() throws Exception {
		Http http = new Http(mvc);
		var result = http.post("analyst", "/api/forecasts?save=false", SEOUL);
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		double p = ((Number) JsonPath.read(body, "$.pConsensus")).doubleValue();
		assertThat(p).isBetween(0.0, 0.1);
		assertThat((String) JsonPath.read(body, "$.method")).isEqualTo("EXACT");
		assertThat(((Number) JsonPath.read(body, "$.standardError")).doubleValue()).isZero();
		assertThat((String) JsonPath.read(body, "$.pivotal[0].pg")).isEqualTo("CN");
		assertThat((java.util.List<?>) JsonPath.read(body, "$.pivotal")).hasSize(48);
		assertThat((String) JsonPath.read(body, "$.pivotal[?(@.pg == 'AT')].prior.rule").toString()).contains("HELD_OUT_ON_NON_NPT");
		assertThat((String) JsonPath.read(body, "$.pivotal[?(@.pg == 'US')].prior.rule").toString()).contains("SUPPORTED_SAME_SUBJECT");
		assertThat((java.util.List<String>) JsonPath.read(body, "$.minimalPersuasionSet")).contains("CN");
		assertThat((String) JsonPath.read(body, "$.blocs[0].name")).isEqualTo("npt-first");
	}

	@Test
	void forecastsArePrivateToTheirAuthorUntilShared() throws Exception {
		Http http = new Http(mvc);
		var created = http.post("delegate-us", "/api/forecasts", SEOUL);
		assertThat(created).hasStatus(HttpStatus.CREATED);
		int id = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/forecasts/" + id);

		assertThat(http.get("delegate-us", "/api/forecasts/" + id)).hasStatusOk();
		assertThat(http.get("delegate-fr", "/api/forecasts/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.get("analyst", "/api/forecasts/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.put("delegate-fr", "/api/forecasts/" + id + "/shared", "{\"shared\": true}")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(http.put("delegate-us", "/api/forecasts/" + id + "/shared", "{\"shared\": true}")).hasStatusOk();
		assertThat(http.get("delegate-fr", "/api/forecasts/" + id)).hasStatusOk();
		assertThat(http.get("officer-de", "/api/forecasts")).bodyText().contains("\"id\":" + id);
		assertThat(http.get("analyst", "/api/forecasts/" + id)).as("built on delegates' positions: PGs' users only")
				.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.put("delegate-fr", "/api/forecasts/" + id + "/shared", "{\"shared\": false}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.get("applicant-in", "/api/forecasts/" + id)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void applicantsAndAnonymousCallersCannotForecast() {
		Http http = new Http(mvc);
		assertThat(http.post("applicant-in", "/api/forecasts", SEOUL)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(http.get("applicant-pk", "/api/forecasts")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/forecasts").contentType("application/json").content(SEOUL)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void thePagesEndpointsAnswerForecastersWithProblemsAndRefuseApplicants() {
		assertThat(mvc.post().uri("/forecast/run").with(csrf()).header("Authorization", Http.basic("analyst"))
				.contentType("application/json").content(SEOUL)).hasStatusOk().bodyText().contains("\"pConsensus\"");
		assertThat(mvc.post().uri("/forecast/run").with(csrf()).header("Authorization", Http.basic("applicant-in"))
				.contentType("application/json").content(SEOUL)).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("ANALYST");
		assertThat(mvc.post().uri("/forecast/run").with(csrf()).header("Authorization", Http.basic("analyst"))
				.contentType("application/json").content("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\"}, \"asOf\": \"June\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("'asOf'");
		assertThat(mvc.get().uri("/forecast/saved/999999").header("Authorization", Http.basic("analyst")))
			.hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("private to their author");
	}

	@Test
	void aBadScenarioGetsAProblemThatSaysWhatToCorrect() {
		Http http = new Http(mvc);
		assertThat(http.post("analyst", "/api/forecasts", "{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IN\"},"
				+ " \"asOf\": \"2016-06-22\", \"stances\": {\"IN\": {\"pObject\": 0.5}}}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("IN is not a Participating Government on 2016-06-22");
		assertThat(http.post("analyst", "/api/forecasts", "{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IN\"},"
				+ " \"stances\": {\"CN\": {\"pObject\": 0.8, \"pReserve\": 0.4}}}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("pObject + pReserve");
		assertThat(http.post("analyst", "/api/forecasts", "{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IN\"},"
				+ " \"blocs\": [{\"name\": \"x\", \"members\": [\"AT\"], \"weight\": 0.7}, {\"name\": \"y\", \"members\": [\"AT\"], \"weight\": 0.6}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("AT follows blocs whose weights sum to");
		assertThat(http.post("analyst", "/api/forecasts", "{\"proposal\": {\"type\": \"ADMIT\"}, \"stance\": {}}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Unknown field 'stance'");
		// Nothing was saved by the refused requests.
		assertThat(http.get("analyst", "/api/forecasts")).bodyText().doesNotContain("\"author\":\"analyst\"");
	}

	@Test
	void everyShippedScenarioForecastsAndTheBacktestCoversTheThreeHistoricalCases() throws Exception {
		Http http = new Http(mvc);
		for (ScenarioLibrary.Entry e : ScenarioLibrary.all()) {
			assertThat(http.post("analyst", "/api/forecasts?save=false", e.json().toString())).as(e.key()).hasStatusOk();
		}
		Backtest.Report report = Backtest.run(forecasts);
		assertThat(report.rows()).extracting(Backtest.Row::scenario).contains("india-2008-exception", "india-2016-seoul", "pakistan-2016")
			.doesNotContain("criteria-package-2026");
		// Every forecast is made before its decision, and is set beside what happened.
		assertThat(report.rows()).allSatisfy(r -> assertThat(r.daysBefore()).isPositive());
		assertThat(report.rows()).filteredOn(r -> r.scenario().equals("india-2008-exception"))
			.extracting(Backtest.Row::outcome).containsOnly("ADOPTED");
		assertThat(report.rows()).filteredOn(r -> !r.scenario().equals("india-2008-exception"))
			.extracting(Backtest.Row::outcome).containsOnly("NOT_ADOPTED");
		// Forecasting from the record alone: China's 2008 reservation and the hold-outs make Seoul unlikely.
		assertThat(report.rows()).filteredOn(r -> r.scenario().equals("india-2016-seoul"))
			.allSatisfy(r -> assertThat(r.pPriors()).isLessThan(0.5));
		assertThat(report.markdown()).contains("| india-2016-seoul | 2016-06-22 | 2 |").contains("Brier score");
	}
}
