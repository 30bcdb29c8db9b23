package org.plenary.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.forecast.ForecastSettings;
import org.plenary.registry.Registry;
import org.plenary.shared.StateCode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The priors on the real reference data: the roster and NPT facts, and the recorded 2008 and 2016 history. */
class PriorsTests {

	private static Registry registry;
	private static List<Priors.PastPosition> history;
	private static final Priors PRIORS = new Priors(ForecastSettings.defaults().priors());
	private static final List<String> HOLD_OUTS_2008 = List.of("AT", "CH", "CN", "IE", "NL", "NO", "NZ");

	@BeforeAll
	static void load() throws Exception {
		registry = Registry.fromReferenceData(Clock.systemUTC());
		history = readDemoHistory();
	}

	/** The demo history file read as the recorded positions (the same file the demo replays). */
	private static List<Priors.PastPosition> readDemoHistory() throws Exception {
		JsonNode steps;
		try (InputStream in = PriorsTests.class.getResourceAsStream("/reference/demo/history.json")) {
			steps = JsonMapper.builder().build().readTree(in).get("steps");
		}
		record P(long id, String title, String type, String subject, LocalDate tabledOn) {
		}
		Map<String, P> proposals = new HashMap<>();
		Map<String, String> applications = new HashMap<>();
		Map<String, LocalDate> decided = new HashMap<>();
		List<JsonNode> positions = new ArrayList<>();
		for (JsonNode s : steps) {
			switch (s.get("do").asString()) {
				case "table" -> proposals.put(s.get("key").asString(), new P(proposals.size() + 1, s.get("title").asString(),
						s.get("type").asString(), s.get("payload").get("state").asString(), LocalDate.parse(s.get("tabledOn").asString())));
				case "apply" -> applications.put(s.get("state").asString(), s.get("state").asString());
				case "propose" -> proposals.put(s.get("key").asString(), new P(proposals.size() + 1, s.get("title").asString(),
						"ADMIT_PARTICIPANT", s.get("application").asString(), LocalDate.parse(s.get("tabledOn").asString())));
				case "decide" -> decided.put(s.get("proposal").asString(), LocalDate.parse(s.get("on").asString()));
				case "position" -> positions.add(s);
				default -> { }
			}
		}
		List<Priors.PastPosition> out = new ArrayList<>();
		for (JsonNode s : positions) {
			String key = s.get("proposal").asString();
			P p = proposals.get(key);
			LocalDate on = LocalDate.parse(s.get("on").asString());
			if (decided.containsKey(key) && on.isAfter(decided.get(key))) {
				continue;
			}
			boolean outside = !registry.profile(StateCode.of(p.subject()), p.tabledOn()).nptStatus().isParty();
			out.add(new Priors.PastPosition(p.id(), p.title(), p.type(), p.subject(), outside, p.tabledOn(), decided.get(key),
					s.get("state").asString(), s.get("position").asString(), on, s.get("basis").asString(), s.get("source").asString()));
		}
		return out;
	}

	private static Map<String, Priors.Prior> priors(String type, String subject, String asOf) {
		LocalDate day = LocalDate.parse(asOf);
		List<String> roster = registry.participants(day).participants();
		List<Priors.Subject> subjects = subject == null ? List.of() : List.of(new Priors.Subject(subject,
				!registry.profile(StateCode.of(subject), day).nptStatus().isParty(), "registry"));
		return PRIORS.derive(new Priors.Proposal(type, subject, null), day, roster, subjects, history);
	}

	@Test
	void beforeTheViennaPlenaryNothingWasOnRecordSoEveryPgTakesTheNonNptRate() {
		Map<String, Priors.Prior> priors = priors("ADOPT_EXCEPTION", "IN", "2008-08-20");
		assertThat(priors).hasSize(45);
		assertThat(priors.values()).allSatisfy(p -> {
			assertThat(p.rule()).isEqualTo("NON_NPT_SUBJECT");
			assertThat(p.stance()).isEqualTo(ForecastSettings.defaults().nonNptSubject());
			assertThat(p.explanation()).contains("IN is outside the NPT on 2008-08-20");
		});
	}

	@Test
	void afterTheFirstMeetingTheReservationsOnRecordCountAndLaterOnesDoNot() {
		Map<String, Priors.Prior> priors = priors("ADOPT_EXCEPTION", "IN", "2008-08-23");
		for (String pg : List.of("AT", "CH", "IE", "NO", "NZ")) {
			assertThat(priors.get(pg).rule()).as(pg).isEqualTo("ON_RECORD");
			assertThat(priors.get(pg).stance()).isEqualTo(ForecastSettings.defaults().onRecordReservation());
			assertThat(priors.get(pg).explanation()).contains("RESERVATION", "2008-08-22", "press reports");
			assertThat(priors.get(pg).source()).isEqualTo("S55 | S56");
		}
		assertThat(priors.get("US").rule()).isEqualTo("ON_RECORD");
		assertThat(priors.get("US").stance()).isEqualTo(ForecastSettings.defaults().onRecordSupport());
		// China joined the hold-outs only on 5 September.
		assertThat(priors.get("CN").rule()).isEqualTo("NON_NPT_SUBJECT");
		assertThat(priors("ADOPT_EXCEPTION", "IN", "2008-09-05").get("CN").rule()).isEqualTo("ON_RECORD");
	}

	@Test
	void beforeSeoulThe2008HoldOutsInsistOnTheNptAndTheSponsorSupportsIndia() {
		Map<String, Priors.Prior> priors = priors("ADMIT_PARTICIPANT", "IN", "2016-06-22");
		assertThat(priors).hasSize(48);
		for (String pg : HOLD_OUTS_2008) {
			assertThat(priors.get(pg).rule()).as(pg).isEqualTo("HELD_OUT_ON_NON_NPT");
			assertThat(priors.get(pg).explanation()).contains("INFCIRC/734", "insists on the NPT");
		}
		assertThat(priors.get("US").rule()).isEqualTo("SUPPORTED_SAME_SUBJECT");
		// Japan raised India's case only at Seoul itself (23 June): not known on the 22nd.
		assertThat(priors.get("JP").rule()).isEqualTo("NON_NPT_SUBJECT");
		assertThat(priors.get("MX").rule()).isEqualTo("NON_NPT_SUBJECT");
	}

	@Test
	void atSeoulThePositionsTakenThatDayAreOnRecord() {
		Map<String, Priors.Prior> priors = priors("ADMIT_PARTICIPANT", "IN", "2016-06-23");
		assertThat(priors.get("CN").rule()).isEqualTo("ON_RECORD");
		assertThat(priors.get("CN").stance()).isEqualTo(ForecastSettings.defaults().onRecordObjection());
		// Mexico first questioned, then signalled support: the latest position counts.
		assertThat(priors.get("MX").stance()).isEqualTo(ForecastSettings.defaults().onRecordSupport());
		assertThat(priors.get("TR").stance()).isEqualTo(ForecastSettings.defaults().onRecordReservation());
	}

	@Test
	void pakistansBidMeetsTheSameNptFirstHoldOutsButNoSponsor() {
		Map<String, Priors.Prior> priors = priors("ADMIT_PARTICIPANT", "PK", "2016-06-22");
		for (String pg : HOLD_OUTS_2008) {
			assertThat(priors.get(pg).rule()).as(pg).isEqualTo("HELD_OUT_ON_NON_NPT");
		}
		assertThat(priors.get("US").rule()).isEqualTo("NON_NPT_SUBJECT");
	}

	@Test
	void aProposalThatRaisesNoNptQuestionTakesTheBaseRateEvenFromFormerHoldOuts() {
		assertThat(priors("AMEND_GUIDELINES", null, "2016-06-22").values()).allSatisfy(p -> assertThat(p.rule()).isEqualTo("BASE"));
		Map<String, Priors.Prior> npt = priors("ADMIT_PARTICIPANT", "EG", "2016-06-22");
		assertThat(npt.get("AT").rule()).isEqualTo("BASE");
		assertThat(npt.get("AT").source()).isNull();
	}
}
