package org.plenary.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.plenary.forecast.model.Method;
import org.plenary.forecast.model.Priors;
import org.plenary.forecast.model.Stance;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.shared.Citation;
import org.plenary.shared.Citations;

/**
 * A forecast: the probability of consensus and its standard error (0 when exact), the method, each
 * PG's stance with where it came from and its gain if it joined, the minimal persuasion set, the bloc
 * sensitivities and, when asked, the bargaining rounds.
 */
public record ForecastResult(Long id, String title, Scenario.Proposal proposal, LocalDate asOf, List<String> roster,
		double pConsensus, double standardError, Method method, Long draws, Long seed, double pNoObjection,
		List<PivotView> pivotal, List<String> minimalPersuasionSet, PersuasionView persuasion, List<BlocView> blocs,
		BargainingView bargaining) {

	/**
	 * A PG: its stance, the gain if it joined consensus, the origin of its stance, and (when the
	 * bargaining rounds moved it) its stance before them.
	 */
	public record PivotView(String pg, String name, double pObject, double pReserve, double gainIfJoins, PriorView prior,
			Stance beforeBargaining) {
	}

	/**
	 * Where a stance came from: the rule ({@code ANALYST}, {@code SCENARIO_DEFAULT}, {@code BARGAINING} or a
	 * {@link Priors} rule), with its sources as titles ({@code source}) and as citations.
	 */
	public record PriorView(String rule, String explanation, String source, List<Citation> citations) {

		/** A stance's origin with its sources resolved for a reader. */
		public static PriorView of(String rule, String explanation, String source) {
			return new PriorView(rule, explanation, Citations.shipped().describe(source), Citations.shipped().cite(source));
		}
	}

	/** The target of the minimal persuasion set, the probability once its members join, whether its size is proved minimal. */
	public record PersuasionView(double target, double pAfter, boolean provedMinimal) {
	}

	/** A bloc and how the forecast moves with its weight. */
	public record BlocView(String name, List<String> members, double weight, double pIfIndependent, double pIfUnited,
			double slope) {
	}

	/** The bargaining rounds and the probability of consensus before them. */
	public record BargainingView(double vetoWeight, double pConsensusBefore, List<RoundView> rounds) {
	}

	/** One round: each PG's position, the veto pivot, the weighted median (plain BDM's outcome), and the forecast then. */
	public record RoundView(int round, Map<String, Double> positions, double pivot, double weightedMedian, double pConsensus) {
	}

	ForecastResult withId(long newId) {
		return new ForecastResult(newId, title, proposal, asOf, roster, pConsensus, standardError, method, draws, seed,
				pNoObjection, pivotal, minimalPersuasionSet, persuasion, blocs, bargaining);
	}
}
