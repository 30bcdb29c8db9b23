package org.plenary.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What would change the outcome: each PG's gain if it joined consensus, the smallest set of PGs whose
 * joining lifts the probability of consensus to a target, and each bloc's weight sensitivity.
 *
 * <p>All figures use the method chosen for the base forecast. Under Monte Carlo every variant reuses
 * the same seed (common random numbers), so differences are not swamped by sampling noise.
 */
public final class PivotalAnalysis {

	/** How a forecast is computed. */
	public record Settings(Method method, long draws, long seed, long exactLimit, double target, long searchBudget) {

		public static final long DEFAULT_DRAWS = 1_000_000;
		public static final long DEFAULT_EXACT_LIMIT = 2_000_000;
		public static final long DEFAULT_SEARCH_BUDGET = 20_000;

		public static Settings defaults() {
			return new Settings(Method.AUTO, DEFAULT_DRAWS, 42, DEFAULT_EXACT_LIMIT, 0.5, DEFAULT_SEARCH_BUDGET);
		}
	}

	/** A PG's stance and how much the probability of consensus rises if it joins. */
	public record Pivot(String pg, double pObject, double pReserve, double gainIfJoins) {
	}

	/** A bloc's weight, the probability of consensus with the bloc dissolved (0) and united (1), and the slope at its weight. */
	public record BlocSensitivity(String name, double weight, double pIfIndependent, double pIfUnited, double slope) {
	}

	/**
	 * The smallest set found whose joining lifts consensus to {@code target}; {@code provedMinimal}
	 * when no smaller set can (always so without blocs, where the greedy choice is optimal).
	 */
	public record Persuasion(double target, List<String> members, double pAfter, boolean provedMinimal) {
	}

	/** The whole answer. */
	public record Result(VetoModel.Estimate consensus, double pNoObjection, List<Pivot> pivotal, Persuasion persuasion,
			List<BlocSensitivity> blocs) {
	}

	private final Settings settings;
	private final Method method;

	private PivotalAnalysis(Settings settings, Method method) {
		this.settings = settings;
		this.method = method;
	}

	/** Forecasts {@code model} and analyses it. */
	public static Result analyse(VetoModel model, Settings settings) {
		VetoModel.Estimate base = model.consensus(settings.method(), settings.draws(), settings.seed(), settings.exactLimit());
		PivotalAnalysis analysis = new PivotalAnalysis(settings, base.method());
		double noObjection = base.method() == Method.EXACT ? model.exactNoObjection()
				: model.monteCarloNoObjection(settings.draws(), settings.seed()).p();
		// Under Monte Carlo the what-ifs compare estimates from the same draws (common random numbers), at
		// most ANALYSIS_DRAWS of them: differences between such estimates are far more precise than each estimate.
		double reference = base.method() == Method.EXACT ? base.p() : analysis.p(model);
		List<Pivot> pivotal = analysis.pivotal(model, reference);
		return new Result(base, noObjection, pivotal, analysis.persuade(model, reference, pivotal), analysis.sensitivity(model));
	}

	/** The most draws each what-if of a Monte Carlo analysis uses. */
	static final long ANALYSIS_DRAWS = 200_000;

	private double p(VetoModel model) {
		return method == Method.EXACT ? model.exactConsensus()
				: model.monteCarloConsensus(Math.min(settings.draws(), ANALYSIS_DRAWS), settings.seed()).p();
	}

	private List<Pivot> pivotal(VetoModel model, double base) {
		List<Pivot> pivots = new ArrayList<>();
		for (int i = 0; i < model.size(); i++) {
			Stance s = model.stance(i);
			double gain = s.pBlock() == 0 ? 0 : Math.max(0, p(model.joining(i)) - base);
			pivots.add(new Pivot(model.roster().get(i), s.pObject(), s.pReserve(), gain));
		}
		pivots.sort(Comparator.comparingDouble(Pivot::gainIfJoins).reversed()
			.thenComparing(Comparator.comparingDouble((Pivot v) -> v.pObject() + v.pReserve()).reversed())
			.thenComparing(Pivot::pg));
		return List.copyOf(pivots);
	}

	/** A set of PGs (by index), the probability once they join, and whether no smaller set reaches the target. */
	private record Chosen(List<Integer> members, double p, boolean provedMinimal) {
	}

	/**
	 * Greedy: repeatedly persuade the PG whose joining raises the probability most, until the target is
	 * reached. Then, with blocs, search every smaller set within the search budget to prove the size minimal.
	 */
	private Persuasion persuade(VetoModel model, double base, List<Pivot> pivots) {
		double target = settings.target();
		if (base >= target) {
			return new Persuasion(target, List.of(), base, true);
		}
		int[] candidates = pivots.stream().filter(v -> v.pObject() + v.pReserve() > 0)
			.sorted(Comparator.comparingDouble((Pivot v) -> v.pObject() + v.pReserve()).reversed())
			.mapToInt(v -> model.roster().indexOf(v.pg())).toArray();
		Chosen chosen = proveMinimal(model, candidates, target, greedy(model, base, candidates, target));
		List<String> members = chosen.members().stream().map(model.roster()::get).sorted().toList();
		return new Persuasion(target, members, chosen.p(), chosen.provedMinimal());
	}

	/** The greedy set: one PG at a time, the one whose joining raises the probability most, until {@code target}. */
	private Chosen greedy(VetoModel model, double base, int[] candidates, double target) {
		List<Integer> chosen = new ArrayList<>();
		VetoModel current = model;
		double p = base;
		boolean[] taken = new boolean[model.size()];
		while (p < target && chosen.size() < candidates.length) {
			int best = -1;
			double bestP = -1;
			for (int i : candidates) {
				// Relative comparison: far from the target every gain is tiny, but their ratios still rank the PGs.
				// Candidates come most-blocking first, so ties go to the PG more likely to block.
				if (!taken[i]) {
					double q = p(current.joining(i));
					if (q > bestP * (1 + 1e-9) + Double.MIN_NORMAL) {
						best = i;
						bestP = q;
					}
				}
			}
			taken[best] = true;
			chosen.add(best);
			current = current.joining(best);
			p = bestP;
		}
		return new Chosen(chosen, p, false);
	}

	/**
	 * Whether the greedy set is minimal: always so without blocs (exactly computed); with blocs, when no
	 * set one smaller reaches the target (searched within the budget), or else that smaller set.
	 */
	private Chosen proveMinimal(VetoModel model, int[] candidates, double target, Chosen greedy) {
		if (method != Method.EXACT) {
			return greedy;
		}
		if (model.blocs().isEmpty()) {
			return new Chosen(greedy.members(), greedy.p(), true);
		}
		int smaller = greedy.members().size() - 1;
		if (smaller < 1 || combinations(candidates.length, smaller) > settings.searchBudget()) {
			return greedy;
		}
		int[] found = searchSet(model, candidates, smaller, target);
		if (found == null) {
			return new Chosen(greedy.members(), greedy.p(), true);
		}
		return new Chosen(Arrays.stream(found).boxed().toList(), p(model.joining(found)), false);
	}

	/** Some set of {@code size} candidates reaching {@code target}, or null when none does. */
	private int[] searchSet(VetoModel model, int[] candidates, int size, double target) {
		int[] pick = new int[size];
		for (int j = 0; j < size; j++) {
			pick[j] = j;
		}
		while (true) {
			int[] set = new int[size];
			for (int j = 0; j < size; j++) {
				set[j] = candidates[pick[j]];
			}
			if (p(model.joining(set)) >= target) {
				return set;
			}
			int j = size - 1;
			while (j >= 0 && pick[j] == candidates.length - size + j) {
				j--;
			}
			if (j < 0) {
				return null;
			}
			pick[j]++;
			for (int k = j + 1; k < size; k++) {
				pick[k] = pick[k - 1] + 1;
			}
		}
	}

	private static long combinations(int n, int k) {
		long c = 1;
		for (int i = 0; i < k; i++) {
			c = c * (n - i) / (i + 1);
			if (c > Long.MAX_VALUE / 64) {
				return Long.MAX_VALUE;
			}
		}
		return c;
	}

	private List<BlocSensitivity> sensitivity(VetoModel model) {
		List<BlocSensitivity> out = new ArrayList<>();
		for (int b = 0; b < model.blocs().size(); b++) {
			Bloc bloc = model.blocs().get(b);
			double independent = p(model.withBlocWeight(b, 0));
			double united = p(model.withBlocWeight(b, maxWeight(model, b)));
			double h = 0.01;
			double lo = Math.max(0, bloc.weight() - h);
			double hi = Math.min(maxWeight(model, b), bloc.weight() + h);
			double slope = hi > lo ? (p(model.withBlocWeight(b, hi)) - p(model.withBlocWeight(b, lo))) / (hi - lo) : 0;
			out.add(new BlocSensitivity(bloc.name(), bloc.weight(), independent, united, slope));
		}
		return List.copyOf(out);
	}

	/** The highest weight bloc b can take: 1, less what its members give their other blocs. */
	private static double maxWeight(VetoModel model, int b) {
		double max = 1;
		Bloc bloc = model.blocs().get(b);
		for (String member : bloc.members()) {
			double others = 0;
			for (Bloc other : model.blocs()) {
				if (other != bloc && other.members().contains(member)) {
					others += other.weight();
				}
			}
			max = Math.min(max, 1 - others);
		}
		return Math.max(0, max);
	}
}
