package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.Http;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.shared.Citations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What a reader sees of sources, on the pages and in the API of a state, the scorecard, the roster
 * and the Guidelines: titles with links, never source keys or the authors' working notes.
 */
@PlenaryIntegrationTest
class CitationsShownIntegrationTests {

	private static final Pattern SOURCE_LINK = Pattern.compile("<a class=\"source-link\" href=\"https?://[^\"]+\"[^>]*>[^<]{3,}</a>");
	private static final Pattern SOURCE_KEY_AS_TEXT = Pattern.compile(">\\s*S\\d+b?\\s*<|\"source\":\"S\\d+b?\\b");

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/states/IN?asOf=2016-06-23", "/states/US", "/roster", "/guidelines",
			"/participation/scorecard?applicant=IN&criteria=nsg-factors&asOf=2016-06-23",
			"/participation/scorecard?applicant=IN&criteria=grossi-2016&asOf=2016-12-06" })
	void pagesShowSourcesAsTitlesWithLinksAndNoAuthoringNotes(String page) {
		String html = body(page);
		assertThat(SOURCE_LINK.matcher(html).find()).as(page + " shows a source title with a link").isTrue();
		assertNoAuthoringMarkerNorKey(page, html);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/states/IN?asOf=2016-06-23", "/api/states/PK", "/api/control-lists?asOf=2016-06-23",
			"/api/participation/assessments?applicant=IN&criteria=grossi-2016&asOf=2016-12-06" })
	void apiGivesCitationsWithTitleAndAddressAndNoAuthoringNotes(String uri) {
		String json = body(uri);
		assertThat(json).as(uri).contains("\"citations\":[{\"title\":\"").contains("\"url\":\"http").contains("\"secondary\":");
		assertNoAuthoringMarkerNorKey(uri, json);
	}

	@org.junit.jupiter.api.Test
	void anUnverifiedFactSaysWhatIsNotConfirmed() {
		assertThat(body("/roster")).contains("unverified</span>:")
				.contains("that South Africa held the chair is inferred from hosting, not confirmed");
	}

	private String body(String uri) {
		MvcTestResult result = mvc.get().uri(uri).header("Authorization", Http.basic("analyst")).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertNoAuthoringMarkerNorKey(String where, String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		assertThat(Citations.MARKERS).as(where + " holds no authoring marker").noneMatch(lower::contains);
		assertThat(SOURCE_KEY_AS_TEXT.matcher(text).find()).as(where + " shows no bare source key").isFalse();
	}
}
