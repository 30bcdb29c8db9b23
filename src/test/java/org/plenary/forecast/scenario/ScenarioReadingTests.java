package org.plenary.forecast.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.plenary.forecast.model.Bloc;
import org.plenary.forecast.model.Method;
import org.plenary.shared.InvalidInputException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a scenario: what it accepts (with its defaults) and what it refuses, each refusal naming
 * the field to correct. Plain Java: no application context.
 */
class ScenarioReadingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	private static final String PROPOSAL = "\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IN\"}";

	private static Scenario read(String json) {
		return Scenario.read(JSON.readTree(json), TODAY);
	}

	/** A scenario with the proposal and {@code rest}. */
	private static String with(String rest) {
		return "{" + PROPOSAL + ", " + rest + "}";
	}

	@Test
	void aMinimalScenarioTakesTheDefaults() {
		Scenario s = read("{\"proposal\": {\"type\": \"admit_participant\", \"subject\": \" in \"}}");
		assertThat(s.proposal()).isEqualTo(new Scenario.Proposal("ADMIT_PARTICIPANT", "IN", List.of(), null));
		assertThat(s.asOf()).isEqualTo(TODAY);
		assertThat(s.method()).isEqualTo(Method.AUTO);
		assertThat(s.stances()).isEmpty();
		assertThat(s.blocs()).isEmpty();
		assertThat(s.defaultStance()).isNull();
		assertThat(s.seed()).isNull();
		assertThat(s.draws()).isNull();
		assertThat(s.target()).isNull();
		assertThat(s.bargaining()).isNull();
		assertThat(s.backtest()).isNull();
		assertThat(s.title()).isNull();
	}

	@Test
	void everyFieldIsReadNormalisedAndDefaulted() {
		Scenario s = read("{\"title\": \"Seoul\", \"description\": \"Two\\nlines\", \"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", "
				+ "\"subject\": \"IN\", \"also\": [\"pk\", \" BR \"], \"id\": 7}, \"asOf\": \"2016-06-22\", \"stances\": {\"cn\": "
				+ "{\"pObject\": 0.6, \"pReserve\": 0.2, \"note\": \"Why\"}, \"US\": {\"pReserve\": 1}}, \"defaultStance\": "
				+ "{\"pObject\": 0.02}, \"blocs\": [{\"name\": \"npt-first\", \"members\": [\"at\", \"IE\"], \"note\": {\"any\": 1}}, "
				+ "{\"name\": \"b\", \"members\": [], \"weight\": 1}], \"method\": \"monte_carlo\", \"seed\": -9223372036854775808, "
				+ "\"draws\": 2000000, \"target\": 1, \"bargaining\": {\"actors\": {\"us\": {\"position\": 0.9, \"capability\": 3, "
				+ "\"salience\": 0.8, \"note\": 5}, \"FR\": {}}}, \"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": "
				+ "\"not_adopted\", \"asOf\": [\"2016-06-01\"], \"source\": null, \"note\": []}, \"shared\": \"anything\"}");
		assertThat(s.title()).isEqualTo("Seoul");
		assertThat(s.description()).isEqualTo("Two\nlines");
		assertThat(s.proposal()).isEqualTo(new Scenario.Proposal("ADMIT_PARTICIPANT", "IN", List.of("PK", "BR"), 7L));
		assertThat(s.asOf()).isEqualTo(LocalDate.of(2016, 6, 22));
		assertThat(s.stances()).containsExactly(Map.entry("CN", new Scenario.Override(0.6, 0.2, "Why")),
				Map.entry("US", new Scenario.Override(0, 1, null)));
		assertThat(s.defaultStance()).isEqualTo(new Scenario.Override(0.02, 0, null));
		assertThat(s.blocs()).containsExactly(new Bloc("npt-first", List.of("AT", "IE"), 0.5), new Bloc("b", List.of(), 1));
		assertThat(s.method()).isEqualTo(Method.MONTE_CARLO);
		assertThat(s.seed()).isEqualTo(Long.MIN_VALUE);
		assertThat(s.draws()).isEqualTo(2_000_000L);
		assertThat(s.target()).isEqualTo(1.0);
		assertThat(s.bargaining().rounds()).isEqualTo(3);
		assertThat(s.bargaining().vetoWeight()).isNull();
		assertThat(s.bargaining().actors()).containsExactly(Map.entry("US", new Scenario.ActorSpec(0.9, 3.0, 0.8)),
				Map.entry("FR", new Scenario.ActorSpec(null, null, null)));
		assertThat(s.backtest()).isEqualTo(new Scenario.Backtest(LocalDate.of(2016, 6, 24), "NOT_ADOPTED",
				List.of(LocalDate.of(2016, 6, 1)), null));
	}

	@Test
	void nullMeansAbsentWhereAFieldIsOptionalAndHasNoDefault() {
		Scenario s = read("{\"title\": null, \"description\": null, \"proposal\": {\"type\": \"ADOPT_STATEMENT\", \"subject\": null}, "
				+ "\"defaultStance\": null, \"bargaining\": null, \"backtest\": null, \"stances\": {\"CN\": {\"note\": null}}, "
				+ "\"shared\": null}");
		assertThat(s.title()).isNull();
		assertThat(s.proposal().subject()).isNull();
		assertThat(s.proposal().subjects()).isEmpty();
		assertThat(s.defaultStance()).isNull();
		assertThat(s.bargaining()).isNull();
		assertThat(s.backtest()).isNull();
		assertThat(s.stances().get("CN")).isEqualTo(new Scenario.Override(0, 0, null));
	}

	@Test
	void theLimitsAreInclusive() {
		assertThat(read(with("\"draws\": 1000, \"target\": 0, \"bargaining\": {\"rounds\": 0, \"vetoWeight\": 0}")).draws())
			.isEqualTo(1000L);
		assertThat(read(with("\"bargaining\": {\"rounds\": 50}")).bargaining().rounds()).isEqualTo(50);
		assertThat(read(with("\"title\": \"" + "x".repeat(300) + "\", \"asOf\": \"1968-07-01\"")).title()).hasSize(300);
		assertThat(read(with("\"asOf\": \"2099-12-31\", \"stances\": {\"CN\": {\"pObject\": 0.5, \"pReserve\": 0.5}}")).asOf())
			.isEqualTo(LocalDate.of(2099, 12, 31));
	}

	static List<Arguments> refused() {
		return List.of(
				refusal("[]", "the scenario"),
				refusal("null", "the scenario"),
				refusal("\"x\"", "the scenario"),
				refusal(with("\"stances\": \"\""), "stances"),
				refusal(with("\"blocs\": \"\""), "blocs"),
				refusal(with("\"defaultStance\": \"\""), "defaultStance"),
				refusal(with("\"bargaining\": \"\""), "bargaining"),
				refusal(with("\"backtest\": \"\""), "backtest"),
				refusal(with("\"seed\": true"), "'seed'"),
				refusal(with("\"seed\": \"\""), "'seed'"),
				refusal(with("\"title\": true"), "'title'"),
				refusal(with("\"title\": {}"), "'title'"),
				refusal(with("\"method\": true"), "'method'"),
				refusal(with("\"method\": 1"), "'method'"),
				refusal(with("\"method\": \"\""), "'method'"),
				refusal(with("\"asOf\": true"), "'asOf'"),
				refusal(with("\"asOf\": \"\""), "'asOf'"),
				refusal(with("\"target\": true"), "'target'"),
				refusal(with("\"target\": 1e400"), "'target'"),
				refusal(with("\"stances\": {\"CN\": {\"pObject\": true}}"), "stances", "CN", "pObject"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": [true]}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": [\"\"]}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"\"}}", "proposal.subject"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": \"AT\"}]"), "blocs[0].members"),
				refusal("{\"proposal\": \"IN\"}", "proposal"),
				refusal("{}", "proposal"),
				refusal("{\"proposal\": null}", "proposal"),
				refusal(with("\"stance\": {}"), "Unknown field 'stance'", "shared", "title"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"sub\": \"IN\"}}", "Unknown field 'proposal.sub'"),
				refusal("{\"proposal\": {\"subject\": \"IN\"}}", "proposal.type"),
				refusal("{\"proposal\": {\"type\": \"ADMIT\"}}", "proposal.type", "ADMIT_PARTICIPANT"),
				refusal("{\"proposal\": {\"type\": 5}}", "proposal.type"),
				refusal("{\"proposal\": {\"type\": null}}", "proposal.type"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IND\"}}", "proposal.subject"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": 5}}", "proposal.subject"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"       IN\"}}", "proposal.subject"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": \"PK\"}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": [5]}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": [null]}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": [\"PAK\"]}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": null}}", "proposal.also"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"also\": " + codes(101) + "}}", "proposal.also", "100"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"id\": 1.5}}", "proposal.id"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"id\": \"1\"}}", "proposal.id"),
				refusal("{\"proposal\": {\"type\": \"ADMIT_PARTICIPANT\", \"id\": null}}", "proposal.id"),
				refusal(with("\"asOf\": \"June\""), "'asOf'"),
				refusal(with("\"asOf\": 5"), "'asOf'"),
				refusal(with("\"asOf\": null"), "'asOf'"),
				refusal(with("\"asOf\": \" 2016-06-22\""), "'asOf'"),
				refusal(with("\"asOf\": \"2016-06-22T00:00\""), "'asOf'"),
				refusal(with("\"asOf\": \"2016-02-30\""), "'asOf'"),
				refusal(with("\"asOf\": \"+10000-01-01\""), "'asOf'", "2099-12-31"),
				refusal(with("\"asOf\": \"1968-06-30\""), "'asOf'", "1968-07-01"),
				refusal(with("\"stances\": []"), "stances"),
				refusal(with("\"stances\": null"), "stances"),
				refusal(with("\"stances\": {\"IND\": {}}"), "stances", "IND"),
				refusal(with("\"stances\": {\"CN\": null}"), "stances", "CN"),
				refusal(with("\"stances\": {\"CN\": 0.5}"), "stances", "CN"),
				refusal(with("\"stances\": {\"CN\": {\"pObject\": \"0.5\"}}"), "stances", "CN", "pObject"),
				refusal(with("\"stances\": {\"CN\": {\"pObject\": null}}"), "stances", "CN", "pObject"),
				refusal(with("\"stances\": {\"CN\": {\"pObject\": 1.5}}"), "stances", "CN", "pObject", "between 0 and 1"),
				refusal(with("\"stances\": {\"CN\": {\"pReserve\": -0.1}}"), "stances", "CN", "pReserve", "between 0 and 1"),
				refusal(with("\"stances\": {\"CN\": {\"pObject\": 0.8, \"pReserve\": 0.4}}"), "stances", "CN", "pObject + pReserve"),
				refusal(with("\"stances\": {\"CN\": {\"pObject\": 0.1, \"x\": 1}}"), "Unknown field", "CN", "x"),
				refusal(with("\"stances\": {\"CN\": {\"note\": 5}}"), "stances", "CN", "note"),
				refusal(with("\"stances\": {\"CN\": {\"note\": \"" + "x".repeat(1001) + "\"}}"), "stances", "CN", "note", "1000"),
				refusal(with("\"stances\": " + stances(101)), "stances", "100"),
				refusal(with("\"defaultStance\": \"x\""), "defaultStance"),
				refusal(with("\"defaultStance\": {\"pObject\": 2}"), "defaultStance", "pObject"),
				refusal(with("\"defaultStance\": {\"pObject\": 0.6, \"pReserve\": 0.6}"), "defaultStance", "pObject + pReserve"),
				refusal(with("\"blocs\": {}"), "blocs"),
				refusal(with("\"blocs\": null"), "blocs"),
				refusal(with("\"blocs\": [null]"), "blocs[0]"),
				refusal(with("\"blocs\": [\"x\"]"), "blocs[0]"),
				refusal(with("\"blocs\": [{\"members\": [\"AT\"]}]"), "blocs[0].name"),
				refusal(with("\"blocs\": [{\"name\": \" \", \"members\": [\"AT\"]}]"), "blocs[0].name"),
				refusal(with("\"blocs\": [{\"name\": 5, \"members\": [\"AT\"]}]"), "blocs[0].name"),
				refusal(with("\"blocs\": [{\"name\": \"" + "x".repeat(101) + "\", \"members\": [\"AT\"]}]"), "blocs[0].name", "100"),
				refusal(with("\"blocs\": [{\"name\": \"a\"}]"), "blocs[0].members"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": [5]}]"), "blocs[0].members"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": [\"AUT\"]}]"), "blocs[0].members"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": " + codes(101) + "}]"), "blocs[0].members", "100"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": [], \"weight\": 1.5}]"), "blocs[0].weight"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": [], \"weight\": null}]"), "blocs[0].weight"),
				refusal(with("\"blocs\": [{\"name\": \"a\", \"members\": [], \"x\": 1}]"), "Unknown field 'blocs[0].x'", "members", "note"),
				refusal(with("\"blocs\": [" + "{\"name\": \"a\", \"members\": []},".repeat(50) + "{\"name\": \"a\", \"members\": []}]"),
						"blocs", "50"),
				refusal(with("\"method\": \"NOPE\""), "'method'", "MONTE_CARLO"),
				refusal(with("\"method\": null"), "'method'"),
				refusal(with("\"method\": 5"), "'method'"),
				refusal(with("\"seed\": 1.5"), "'seed'", "whole number"),
				refusal(with("\"seed\": 1.0"), "'seed'", "whole number"),
				refusal(with("\"seed\": \"1\""), "'seed'", "whole number"),
				refusal(with("\"seed\": null"), "'seed'", "whole number"),
				refusal(with("\"seed\": 9223372036854775808"), "'seed'", "whole number"),
				refusal(with("\"draws\": 99999999999999999999"), "'draws'", "whole number"),
				refusal(with("\"draws\": 999"), "'draws'", "2,000,000"),
				refusal(with("\"draws\": 2000001"), "'draws'", "2,000,000"),
				refusal(with("\"draws\": null"), "'draws'"),
				refusal(with("\"target\": 1.5"), "'target'", "between 0 and 1"),
				refusal(with("\"target\": -0.1"), "'target'", "between 0 and 1"),
				refusal(with("\"target\": \"0.5\""), "'target'"),
				refusal(with("\"target\": null"), "'target'"),
				refusal(with("\"title\": 5"), "'title'"),
				refusal(with("\"title\": \"" + "x".repeat(301) + "\""), "'title'", "300"),
				refusal(with("\"description\": \"" + "x".repeat(4001) + "\""), "'description'", "4000"),
				refusal(with("\"bargaining\": \"x\""), "bargaining"),
				refusal(with("\"bargaining\": {\"rounds\": 51}"), "bargaining.rounds", "50"),
				refusal(with("\"bargaining\": {\"rounds\": -1}"), "bargaining.rounds", "50"),
				refusal(with("\"bargaining\": {\"rounds\": 1.5}"), "bargaining.rounds"),
				refusal(with("\"bargaining\": {\"rounds\": null}"), "bargaining.rounds"),
				refusal(with("\"bargaining\": {\"vetoWeight\": -1}"), "bargaining.vetoWeight", "at least 0"),
				refusal(with("\"bargaining\": {\"vetoWeight\": null}"), "bargaining.vetoWeight"),
				refusal(with("\"bargaining\": {\"vetoWeight\": \"1\"}"), "bargaining.vetoWeight"),
				refusal(with("\"bargaining\": {\"x\": 1}"), "Unknown field 'bargaining.x'"),
				refusal(with("\"bargaining\": {\"actors\": []}"), "bargaining.actors"),
				refusal(with("\"bargaining\": {\"actors\": null}"), "bargaining.actors"),
				refusal(with("\"bargaining\": {\"actors\": {\"USA\": {}}}"), "bargaining.actors", "USA"),
				refusal(with("\"bargaining\": {\"actors\": {\"US\": null}}"), "bargaining.actors", "US"),
				refusal(with("\"bargaining\": {\"actors\": {\"US\": {\"capability\": 0}}}"), "bargaining.actors", "US", "capability", "positive"),
				refusal(with("\"bargaining\": {\"actors\": {\"US\": {\"capability\": null}}}"), "bargaining.actors", "US", "capability"),
				refusal(with("\"bargaining\": {\"actors\": {\"US\": {\"position\": 2}}}"), "bargaining.actors", "US", "position"),
				refusal(with("\"bargaining\": {\"actors\": {\"US\": {\"salience\": -1}}}"), "bargaining.actors", "US", "salience"),
				refusal(with("\"bargaining\": {\"actors\": {\"US\": {\"x\": 1}}}"), "Unknown field", "US", "x"),
				refusal(with("\"bargaining\": {\"actors\": " + stances(101) + "}"), "bargaining.actors", "100"),
				refusal(with("\"backtest\": \"x\""), "backtest"),
				refusal(with("\"backtest\": {\"outcome\": \"ADOPTED\", \"asOf\": []}"), "backtest.decidedOn"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"MAYBE\", \"asOf\": []}"), "backtest.outcome"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"asOf\": []}"), "backtest.outcome"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"ADOPTED\"}"), "backtest.asOf"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"ADOPTED\", \"asOf\": [\"x\"]}"), "backtest.asOf"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"ADOPTED\", \"asOf\": [null]}"), "backtest.asOf"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"ADOPTED\", \"asOf\": "
						+ "[\"2016-06-01\"" + ", \"2016-06-01\"".repeat(50) + "]}"), "backtest.asOf", "50"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"ADOPTED\", \"asOf\": [], \"source\": \""
						+ "x".repeat(1001) + "\"}"), "backtest.source", "1000"),
				refusal(with("\"backtest\": {\"decidedOn\": \"2016-06-24\", \"outcome\": \"ADOPTED\", \"asOf\": [], \"x\": 1}"),
						"Unknown field 'backtest.x'"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void refused(String what, String json, List<String> fragments) {
		assertThatThrownBy(() -> read(json)).as(what).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).title()).isEqualTo("Invalid forecast scenario"))
			.satisfies(ex -> assertThat(((InvalidInputException) ex).detail()).contains(fragments));
	}

	private static Arguments refusal(String json, String... fragments) {
		return Arguments.of(json.length() > 160 ? json.substring(0, 160) + "..." : json, json, List.of(fragments));
	}

	private static String codes(int n) {
		StringBuilder s = new StringBuilder("[");
		for (int i = 0; i < n; i++) {
			s.append(i == 0 ? "" : ", ").append('"').append((char) ('A' + i / 26 % 26)).append((char) ('A' + i % 26)).append('"');
		}
		return s.append(']').toString();
	}

	private static String stances(int n) {
		StringBuilder s = new StringBuilder("{");
		for (int i = 0; i < n; i++) {
			s.append(i == 0 ? "" : ", ").append('"').append((char) ('A' + i / 26 % 26)).append((char) ('A' + i % 26)).append("\": {}");
		}
		return s.append('}').toString();
	}
}
