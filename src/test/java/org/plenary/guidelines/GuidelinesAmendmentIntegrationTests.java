package org.plenary.guidelines;

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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/**
 * The Guidelines change by consensus, end to end: the Chair tables an amendment adding a Dual-Use
 * entry from a date, every PG supports it, and a transfer of that entry is decided under it from
 * the date (citing the new revision) and as unlisted before it.
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=modules")
class GuidelinesAmendmentIntegrationTests {

	static final String NEW_ENTRY = "6.B.99";

	static final String TRANSFER = "{\"id\":\"amend-1\",\"date\":\"%s\",\"supplier\":\"DE\",\"recipient\":\"BR\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"" + NEW_ENTRY + "\",\"description\":\"isotope analyser\"},"
			+ "\"endUser\":{\"name\":\"Comissao Nacional de Energia Nuclear\",\"country\":\"BR\"},"
			+ "\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\",\"description\":\"laboratory\"}}";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anAdoptedAmendmentIsANewRevisionFromItsDateAndLeavesEarlierDatesAsTheyWere() throws Exception {
		Http http = new Http(mvc);
		LocalDate effective = LocalDate.now().plusDays(90);
		String before = effective.minusDays(1).toString();
		String after = effective.plusDays(1).toString();
		String previous = revisionBefore(http, before);
		assertThat(http.post("officer-de", "/api/transfers/assessments", TRANSFER.formatted(after)))
				.hasStatus(HttpStatus.BAD_REQUEST);

		long id = adopt(http, effective);

		await().atMost(Duration.ofSeconds(10)).until(() -> !revisionBefore(http, after).equals(previous));
		String amended = revisionBefore(http, after);
		assertThat(amended).isNotEqualTo(previous).endsWith("/Part 2");
		assertThat(http.post("officer-de", "/api/transfers/assessments", TRANSFER.formatted(after))).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.outcome", v -> assertThat(v).isEqualTo("APPROVE"))
				.hasPathSatisfying("$.reasons[0].code", v -> assertThat(v).isEqualTo("NPT_WITH_SAFEGUARDS"))
				.hasPathSatisfying("$.reasons[0].ref", v -> assertThat(v).asString().startsWith(amended + " "));
		assertThat(http.post("officer-de", "/api/transfers/assessments", TRANSFER.formatted(before))).hasStatusOk().bodyJson()
				.hasPathSatisfying("$.reasons[0].code", v -> assertThat(v).isEqualTo("NOT_LISTED_ON_DATE"))
				.hasPathSatisfying("$.reasons[0].ref", v -> assertThat(v).isEqualTo(previous));

		List<String> sources = JsonPath.read(body(http.get("analyst", "/api/guidelines/revisions")),
				"$[?(@.validFrom == '" + effective + "')].source");
		assertThat(sources).singleElement().asString().endsWith("on proposal " + id);
		List<String> history = JsonPath.read(body(http.get("analyst", "/api/control-lists/DUAL_USE/" + NEW_ENTRY + "/history")),
				"$[*].validFrom");
		assertThat(history).containsExactly(effective.toString());
		assertThat(http.get("analyst", "/api/control-lists/DUAL_USE/9.Z.9/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(http.get("analyst", "/api/guidelines/diff?part=2&from=Rev.1&to=Rev.99")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static long adopt(Http http, LocalDate effective) throws Exception {
		var tabled = http.post("chair", "/api/proposals", "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"Add isotope analysers\","
				+ "\"payload\":{\"part\":2,\"effective\":\"" + effective + "\",\"entries\":{\"add\":[{\"entry\":\"" + NEW_ENTRY
				+ "\",\"title\":\"Isotope ratio analysers\",\"parent\":\"6.B\"}]}}}");
		assertThat(tabled).hasStatus(HttpStatus.CREATED);
		String body = tabled.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int id = JsonPath.read(body, "$.id");
		List<String> roster = JsonPath.read(body, "$.roster");
		for (String pg : roster) {
			assertThat(http.put("delegate-" + pg.toLowerCase(Locale.ROOT), "/api/proposals/" + id + "/positions/" + pg,
					"{\"position\":\"SUPPORT\"}")).hasStatusOk();
		}
		assertThat(http.post("chair", "/api/proposals/" + id + "/decision", "{}")).bodyJson().extractingPath("$.status")
				.isEqualTo("ADOPTED");
		return id;
	}

	private static String revisionBefore(Http http, String date) throws Exception {
		return JsonPath.read(body(http.get("analyst", "/api/guidelines?asOf=" + date)), "$.revisions.part2.document");
	}
}
