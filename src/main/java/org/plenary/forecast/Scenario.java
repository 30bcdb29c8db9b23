package org.plenary.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.shared.Dates;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidInputException;

import tools.jackson.databind.JsonNode;

/**
 * A forecast scenario, in the format of DESIGN.md, with optional extras: {@code title},
 * {@code description}, {@code draws}, {@code target} (the probability the minimal persuasion set
 * must reach, default 0.5), {@code bargaining} ({@code {"rounds", "vetoWeight", "actors": {PG:
 * {"position", "capability", "salience"}}}}), {@code backtest} ({@code {"decidedOn", "outcome",
 * "asOf": [...], "source"}}), a {@code note} on any stance, and {@code proposal.id} or
 * {@code proposal.also} (further subjects of a package).
 */
public record Scenario(String title, String description, Proposal proposal, LocalDate asOf, Map<String, Override> stances,
		Override defaultStance, List<Bloc> blocs, Method method, Long seed, Long draws, Double target,
		BargainingSpec bargaining, Backtest backtest) {

	/** What is forecast: a proposal type, its subject state, further subjects of a package, or a recorded proposal's id. */
	public record Proposal(String type, String subject, List<String> also, Long id) {

		/** The subject and the further subjects. */
		public List<String> subjects() {
			List<String> all = new ArrayList<>();
			if (subject != null) {
				all.add(subject);
			}
			all.addAll(also);
			return all;
		}
	}

	/** An analyst's stance for a PG, with a note saying why. */
	public record Override(double pObject, double pReserve, String note) {

		Stance stance() {
			return new Stance(pObject, pReserve);
		}
	}

	/** The bargaining rounds to run, and per-PG inputs that replace the defaults. */
	public record BargainingSpec(int rounds, Double vetoWeight, Map<String, ActorSpec> actors) {
	}

	/** A PG's bargaining inputs; missing ones take the defaults. */
	public record ActorSpec(Double position, Double capability, Double salience) {
	}

	/** What happened, for backtesting: the decision day, the outcome, the days to forecast as of. */
	public record Backtest(LocalDate decidedOn, String outcome, List<LocalDate> asOf, String source) {

		public boolean adopted() {
			return "ADOPTED".equals(outcome);
		}
	}

	/**
	 * The same proposal and blocs as of another day, from the record alone: no analyst stances or
	 * actor inputs (they may carry hindsight), and {@code bargaining} rounds at the defaults, or none.
	 */
	public Scenario fromRecordAsOf(LocalDate day, BargainingSpec bargaining) {
		return new Scenario(title, null, proposal, day, Map.of(), null, blocs, method, seed, draws, null, bargaining, null);
	}

	/** The most states a list or map of a scenario may name (the roster has 48). */
	private static final int MAX_STATES = 100;

	private static final int MAX_BLOCS = 50;

	/** The most Monte Carlo draws a scenario may ask for: twice the default, a few seconds with 50 bargaining rounds. */
	static final long MAX_DRAWS = 2_000_000;

	private static final Set<String> FIELDS = Set.of("title", "description", "proposal", "asOf", "stances", "defaultStance",
			"blocs", "method", "seed", "draws", "target", "bargaining", "backtest", "shared");

	/**
	 * Reads a scenario, refusing with a 400 problem that names the field to correct.
	 *
	 * @param today the day to use when {@code asOf} is absent
	 */
	public static Scenario read(JsonNode node, LocalDate today) {
		Reader r = new Reader();
		return r.scenario(node, today);
	}

	private static final class Reader {

		Scenario scenario(JsonNode node, LocalDate today) {
			object(node, "the scenario");
			unknown(node, FIELDS, "");
			JsonNode p = node.get("proposal");
			if (p == null || !p.isObject()) {
				throw invalid("'proposal' is required: {\"type\": \"ADMIT_PARTICIPANT\", \"subject\": \"IN\"}.");
			}
			unknown(p, Set.of("type", "subject", "also", "id"), "proposal.");
			String type = upper(text(p, "type", "proposal.type", 32));
			if (type == null || !Set.of("ADMIT_PARTICIPANT", "ADOPT_EXCEPTION", "AMEND_GUIDELINES", "ADOPT_STATEMENT").contains(type)) {
				throw invalid("'proposal.type' must be ADMIT_PARTICIPANT, ADOPT_EXCEPTION, AMEND_GUIDELINES or ADOPT_STATEMENT.");
			}
			String subject = code(text(p, "subject", "proposal.subject", 8), "proposal.subject");
			List<String> also = new ArrayList<>();
			if (p.has("also")) {
				array(p.get("also"), "proposal.also", MAX_STATES);
				for (JsonNode a : p.get("also")) {
					also.add(code(a, "proposal.also[]"));
				}
			}
			Long id = p.has("id") ? integer(p.get("id"), "proposal.id") : null;
			LocalDate asOf = node.has("asOf") ? date(node.get("asOf"), "asOf") : today;
			Map<String, Override> stances = new LinkedHashMap<>();
			if (node.has("stances")) {
				object(node.get("stances"), "stances");
				size(node.get("stances"), "stances", MAX_STATES);
				for (Iterator<Map.Entry<String, JsonNode>> it = node.get("stances").properties().iterator(); it.hasNext();) {
					Map.Entry<String, JsonNode> e = it.next();
					String pg = code(e.getKey(), "stances key");
					stances.put(pg, override(e.getValue(), "stances." + e.getKey()));
				}
			}
			Override defaultStance = node.has("defaultStance") && !node.get("defaultStance").isNull()
					? override(node.get("defaultStance"), "defaultStance") : null;
			List<Bloc> blocs = new ArrayList<>();
			if (node.has("blocs")) {
				array(node.get("blocs"), "blocs", MAX_BLOCS);
				int i = 0;
				for (JsonNode b : node.get("blocs")) {
					String at = "blocs[" + i++ + "]";
					object(b, at);
					unknown(b, Set.of("name", "members", "weight", "note"), at + ".");
					String name = text(b, "name", at + ".name", 100);
					if (name == null || name.isBlank()) {
						throw invalid("'" + at + ".name' is required.");
					}
					List<String> members = new ArrayList<>();
					array(b.get("members"), at + ".members", MAX_STATES);
					for (JsonNode m : b.get("members")) {
						members.add(code(m, at + ".members[]"));
					}
					double weight = b.has("weight") ? probability(b.get("weight"), at + ".weight") : 0.5;
					blocs.add(new Bloc(name, members, weight));
				}
			}
			Method method = Method.AUTO;
			if (node.has("method")) {
				String m = upper(text(node, "method", "method", 32));
				try {
					method = Method.valueOf(m);
				}
				catch (IllegalArgumentException | NullPointerException ex) {
					throw invalid("'method' must be AUTO, EXACT or MONTE_CARLO, not '" + m + "'.");
				}
			}
			Long seed = node.has("seed") ? integer(node.get("seed"), "seed") : null;
			Long draws = node.has("draws") ? integer(node.get("draws"), "draws") : null;
			if (draws != null && (draws < 1000 || draws > MAX_DRAWS)) {
				throw invalid("'draws' must be between 1,000 and 2,000,000 (twice the default), got " + draws + ".");
			}
			Double target = node.has("target") ? probability(node.get("target"), "target") : null;
			return new Scenario(text(node, "title", "title", 300), text(node, "description", "description", 4000),
					new Proposal(type, subject, List.copyOf(also), id), asOf, stances, defaultStance, List.copyOf(blocs), method,
					seed, draws, target, bargaining(node.get("bargaining")), backtest(node.get("backtest")));
		}

		private BargainingSpec bargaining(JsonNode b) {
			if (b == null || b.isNull()) {
				return null;
			}
			object(b, "bargaining");
			unknown(b, Set.of("rounds", "vetoWeight", "actors"), "bargaining.");
			long rounds = b.has("rounds") ? integer(b.get("rounds"), "bargaining.rounds") : 3;
			if (rounds < 0 || rounds > 50) {
				throw invalid("'bargaining.rounds' must be between 0 and 50, got " + rounds + ".");
			}
			Double veto = null;
			if (b.has("vetoWeight")) {
				veto = number(b.get("vetoWeight"), "bargaining.vetoWeight");
				if (veto < 0) {
					throw invalid("'bargaining.vetoWeight' must be at least 0 (0 is plain Bueno de Mesquita), got " + veto + ".");
				}
			}
			Map<String, ActorSpec> actors = new LinkedHashMap<>();
			if (b.has("actors")) {
				object(b.get("actors"), "bargaining.actors");
				size(b.get("actors"), "bargaining.actors", MAX_STATES);
				for (Map.Entry<String, JsonNode> e : b.get("actors").properties()) {
					String at = "bargaining.actors." + e.getKey();
					object(e.getValue(), at);
					unknown(e.getValue(), Set.of("position", "capability", "salience", "note"), at + ".");
					Double position = e.getValue().has("position") ? probability(e.getValue().get("position"), at + ".position") : null;
					Double capability = e.getValue().has("capability") ? number(e.getValue().get("capability"), at + ".capability") : null;
					if (capability != null && !(capability > 0)) {
						throw invalid("'" + at + ".capability' must be positive.");
					}
					Double salience = e.getValue().has("salience") ? probability(e.getValue().get("salience"), at + ".salience") : null;
					actors.put(code(e.getKey(), "bargaining.actors key"), new ActorSpec(position, capability, salience));
				}
			}
			return new BargainingSpec((int) rounds, veto, actors);
		}

		private Backtest backtest(JsonNode b) {
			if (b == null || b.isNull()) {
				return null;
			}
			object(b, "backtest");
			unknown(b, Set.of("decidedOn", "outcome", "asOf", "source", "note"), "backtest.");
			String outcome = upper(text(b, "outcome", "backtest.outcome", 32));
			if (!"ADOPTED".equals(outcome) && !"NOT_ADOPTED".equals(outcome)) {
				throw invalid("'backtest.outcome' must be ADOPTED or NOT_ADOPTED.");
			}
			List<LocalDate> days = new ArrayList<>();
			array(b.get("asOf"), "backtest.asOf", 50);
			for (JsonNode d : b.get("asOf")) {
				days.add(date(d, "backtest.asOf[]"));
			}
			return new Backtest(date(b.get("decidedOn"), "backtest.decidedOn"), outcome, List.copyOf(days),
					text(b, "source", "backtest.source", 1000));
		}

		private Override override(JsonNode s, String at) {
			object(s, at);
			unknown(s, Set.of("pObject", "pReserve", "note"), at + ".");
			double o = s.has("pObject") ? probability(s.get("pObject"), at + ".pObject") : 0;
			double r = s.has("pReserve") ? probability(s.get("pReserve"), at + ".pReserve") : 0;
			if (o + r > 1 + 1e-12) {
				throw invalid("'" + at + "': pObject + pReserve is " + (o + r) + "; together they must be at most 1.");
			}
			return new Override(o, r, text(s, "note", at + ".note", 1000));
		}

		private static void object(JsonNode node, String at) {
			if (node == null || !node.isObject()) {
				throw invalid("'" + at + "' must be a JSON object.");
			}
		}

		private static void array(JsonNode node, String at, int max) {
			if (node == null || !node.isArray()) {
				throw invalid("'" + at + "' must be a JSON array.");
			}
			size(node, at, max);
		}

		private static void size(JsonNode node, String at, int max) {
			if (node.size() > max) {
				throw invalid("'" + at + "' may have at most " + max + " items; got " + node.size() + ".");
			}
		}

		private static void unknown(JsonNode node, Set<String> known, String prefix) {
			for (String field : node.propertyNames()) {
				if (!known.contains(field)) {
					throw invalid("Unknown field '" + prefix + field + "'. Known fields here: " + known.stream().sorted().toList() + ".");
				}
			}
		}

		private static String text(JsonNode node, String field, String at, int max) {
			JsonNode v = node.get(field);
			if (v == null || v.isNull()) {
				return null;
			}
			if (!v.isString()) {
				throw invalid("'" + at + "' must be a string.");
			}
			if (v.asString().length() > max) {
				throw invalid("'" + at + "' must be at most " + max + " characters long; got " + v.asString().length() + ".");
			}
			return v.asString();
		}

		private static String upper(String s) {
			return s == null ? null : s.toUpperCase(Locale.ROOT);
		}

		private static String code(JsonNode value, String at) {
			if (value == null || !value.isString()) {
				throw invalid("'" + at + "' must be a string: an ISO 3166-1 alpha-2 code such as IN or US.");
			}
			return code(value.asString(), at);
		}

		private static String code(String value, String at) {
			if (value == null) {
				return null;
			}
			String c = value.trim().toUpperCase(Locale.ROOT);
			if (!c.matches("[A-Z]{2}")) {
				throw invalid("'" + at + "': '" + Inputs.shown(value) + "' is not an ISO 3166-1 alpha-2 code such as IN or US.");
			}
			return c;
		}

		private static double number(JsonNode v, String at) {
			if (v == null || !v.isNumber()) {
				throw invalid("'" + at + "' must be a number.");
			}
			return v.asDouble();
		}

		private static double probability(JsonNode v, String at) {
			double d = number(v, at);
			if (!(d >= 0 && d <= 1)) {
				throw invalid("'" + at + "' must be a probability between 0 and 1, got " + d + ".");
			}
			return d;
		}

		private static long integer(JsonNode v, String at) {
			if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
				throw invalid("'" + at + "' must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ".");
			}
			return v.asLong();
		}

		private static LocalDate date(JsonNode v, String at) {
			if (v == null || !v.isString()) {
				throw invalid("'" + at + "' must be a date, YYYY-MM-DD.");
			}
			LocalDate date;
			try {
				date = LocalDate.parse(v.asString());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw invalid("'" + at + "': '" + Inputs.shown(v.asString()) + "' is not a date; write YYYY-MM-DD.");
			}
			if (!Dates.allowed(date)) {
				throw invalid("'" + at + "' must be a date " + Dates.RANGE + "; got " + date + ".");
			}
			return date;
		}

		private static InvalidInputException invalid(String detail) {
			return InvalidInputException.of("invalid-scenario", "Invalid forecast scenario", detail);
		}
	}
}
