package org.plenary.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;

/**
 * The decisions whose effects a later request must see, made through the API as the Chair, the
 * delegates and the licensing officers make them, and the reads that show their effects.
 */
final class Decisions {

	static final String REACTOR_TO_PAKISTAN = "{\"id\":\"pk-1\",\"date\":\"%s\",\"supplier\":\"CN\",\"recipient\":\"PK\","
			+ "\"item\":{\"list\":\"TRIGGER\",\"entry\":\"1.1\",\"description\":\"pressurised water reactor\"},"
			+ "\"endUser\":{\"name\":\"Pakistan Atomic Energy Commission\",\"country\":\"PK\"},"
			+ "\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\",\"description\":\"Chashma unit 5\"}}";

	static final String NEW_ENTRY = "6.B.98";

	static final String ANALYSER = "{\"id\":\"amend-1\",\"date\":\"%s\",\"supplier\":\"DE\",\"recipient\":\"BR\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"" + NEW_ENTRY + "\",\"description\":\"isotope analyser\"},"
			+ "\"endUser\":{\"name\":\"Comissao Nacional de Energia Nuclear\",\"country\":\"BR\"},"
			+ "\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\",\"description\":\"laboratory\"}}";

	static final String DENIAL = "{\"reference\":\"DE-2026-0901\",\"deniedOn\":\"%s\",\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\","
			+ "\"endUser\":{\"name\":\"Technology Engineering Company Limited\",\"aliases\":[\"TEC Lahore\"],\"address\":\"Lahore\"},"
			+ "\"destination\":\"PK\",\"endUse\":\"general machining\",\"reasonClass\":\"END_USER_CONCERN\"}";

	static final String MACHINING_CENTRE = "{\"id\":\"fr-7\",\"date\":\"%s\",\"supplier\":\"FR\",\"recipient\":\"PK\","
			+ "\"item\":{\"list\":\"DUAL_USE\",\"entry\":\"1.B.2\",\"description\":\"5-axis machining centre\"},"
			+ "\"endUser\":{\"name\":\"TECHNOLOGY ENGINEERING CO. LTD\",\"country\":\"PK\"},"
			+ "\"endUse\":{\"activity\":\"NON_NUCLEAR\",\"description\":\"automotive parts\"}}";

	private Decisions() {
	}

	/** Tables a proposal, has every PG on its roster support it and the Chair decide: ADOPTED. Returns its id. */
	static int adopt(NodeClient node, String proposal) {
		NodeClient.Reply tabled = node.post("chair", "/api/proposals", proposal);
		assertThat(tabled.status()).as(tabled.body()).isEqualTo(201);
		int id = JsonPath.read(tabled.body(), "$.id");
		List<String> roster = JsonPath.read(tabled.body(), "$.roster");
		for (String pg : roster) {
			assertThat(node.put("delegate-" + pg.toLowerCase(Locale.ROOT), "/api/proposals/" + id + "/positions/" + pg,
					"{\"position\":\"SUPPORT\"}").status()).isEqualTo(200);
		}
		NodeClient.Reply decided = node.post("chair", "/api/proposals/" + id + "/decision", "{}");
		assertThat((String) JsonPath.read(decided.body(), "$.status")).isEqualTo("ADOPTED");
		return id;
	}

	static int admit(NodeClient node, String state) {
		return adopt(node, "{\"type\":\"ADMIT_PARTICIPANT\",\"subject\":\"" + state + "\",\"title\":\"Admission of " + state
				+ "\",\"procedure\":\"PLENARY\"}");
	}

	/** The roster of a statement tabled now. */
	static List<String> rosterOfANewProposal(NodeClient node) {
		NodeClient.Reply tabled = node.post("chair", "/api/proposals",
				"{\"type\":\"ADOPT_STATEMENT\",\"title\":\"A statement tabled right after a decision\"}");
		assertThat(tabled.status()).as(tabled.body()).isEqualTo(201);
		return JsonPath.read(tabled.body(), "$.roster");
	}

	static int participants(NodeClient node, LocalDate asOf) {
		return JsonPath.read(node.get("analyst", "/api/regimes/nsg/participants?asOf=" + asOf).body(), "$.participants.length()");
	}

	static int adoptPakistanException(NodeClient node) {
		return adopt(node, "{\"type\":\"ADOPT_EXCEPTION\",\"title\":\"Statement on civil nuclear cooperation with Pakistan\","
				+ "\"payload\":{\"state\":\"PK\",\"lists\":[\"TRIGGER\",\"DUAL_USE\"],\"activity\":\"SAFEGUARDED_NUCLEAR\","
				+ "\"waives\":[\"FULL_SCOPE_SAFEGUARDS\"],\"excludes\":[\"ENR\"]}}");
	}

	static int adoptAnalyserAmendment(NodeClient node, LocalDate effective) {
		return adopt(node, "{\"type\":\"AMEND_GUIDELINES\",\"title\":\"Add isotope analysers\",\"payload\":{\"part\":2,"
				+ "\"effective\":\"" + effective + "\",\"entries\":{\"add\":[{\"entry\":\"" + NEW_ENTRY
				+ "\",\"title\":\"Isotope ratio analysers\",\"parent\":\"6.B\"}]}}}");
	}

	/** The outcome of an assessment (or "HTTP 400" when it was refused as bad input). */
	static String outcome(NodeClient node, String user, String transfer) {
		NodeClient.Reply reply = node.post(user, "/api/transfers/assessments", transfer);
		return reply.status() == 200 ? JsonPath.read(reply.body(), "$.outcome") : "HTTP " + reply.status();
	}

	static int notifyDenial(NodeClient node) {
		NodeClient.Reply notified = node.post("officer-de", "/api/denials", DENIAL.formatted(LocalDate.now().minusDays(10)));
		assertThat(notified.status()).as(notified.body()).isEqualTo(201);
		return JsonPath.read(notified.body(), "$.id");
	}

	static void judgeNotSame(NodeClient node, int denial) {
		NodeClient.Reply judged = node.post("officer-fr", "/api/screening/judgements",
				"{\"name\":\"TECHNOLOGY ENGINEERING CO. LTD\",\"target\":\"denial:" + denial + "\",\"verdict\":\"NOT_SAME\"}");
		assertThat(judged.status()).as(judged.body()).isEqualTo(200);
	}
}
