package org.plenary.forecast.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plenary.forecast.model.Bloc;
import org.plenary.forecast.model.Method;
import org.plenary.forecast.model.Stance;

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

		public Stance stance() {
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

	/**
	 * Reads a scenario, refusing with a 400 problem that names the field to correct (see {@link ScenarioReader}).
	 *
	 * @param today the day to use when {@code asOf} is absent
	 */
	public static Scenario read(JsonNode node, LocalDate today) {
		return ScenarioReader.read(node, today);
	}
}
