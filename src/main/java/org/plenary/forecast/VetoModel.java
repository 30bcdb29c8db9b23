package org.plenary.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The veto-player model: a proposal is adopted only if no PG on its roster objects or reserves.
 *
 * <h2>The model</h2>
 * PG <i>i</i> blocks with probability <i>t<sub>i</sub></i> = pObject + pReserve. Correlation comes from
 * blocs. Bloc <i>b</i> draws one common uniform <i>U<sub>b</sub></i>; a member follows it with
 * probability <i>w<sub>b</sub></i> (the bloc's weight) and otherwise draws its own uniform. A PG
 * following a bloc blocks when <i>U<sub>b</sub></i> &lt; <i>t<sub>i</sub></i>: the members of a bloc
 * then block together, the more hesitant first, and each PG's own blocking probability stays
 * <i>t<sub>i</sub></i> whatever the weights (a mixture of the comonotone and the independent copula).
 * A PG in several blocs follows each with its weight; the weights of one PG sum to at most 1.
 *
 * <p>Given the bloc draws <b>u</b>, the PGs are independent:
 * <pre>
 *   P(i joins | u) = (1 - &Sigma;<sub>b&ni;i</sub> w<sub>b</sub>) (1 - t<sub>i</sub>) + &Sigma;<sub>b&ni;i</sub> w<sub>b</sub> 1[u<sub>b</sub> &ge; t<sub>i</sub>]
 *   P(consensus)   = E<sub>u</sub>[ &Pi;<sub>i</sub> P(i joins | u) ]
 * </pre>
 * With no blocs this is the product &Pi;(1 - t<sub>i</sub>).
 *
 * <h2>Exact computation</h2>
 * P(i joins | u) is constant in <i>u<sub>b</sub></i> between the members' thresholds, so the
 * expectation is a finite sum over the cells of those thresholds: each bloc splits [0, 1] into at most
 * (members + 1) intervals. PGs in one bloc only fold into that bloc's per-interval factor; blocs that
 * share no PG multiply; only blocs coupled through a PG in several blocs are enumerated together.
 *
 * <h2>Monte Carlo</h2>
 * Each draw samples the bloc uniforms and multiplies the conditional probabilities above
 * (conditional Monte Carlo): unbiased, with a smaller variance than drawing every PG, and a standard
 * error from the sample variance. Draws are split into {@value #CHUNKS} streams seeded from the seed,
 * so a seed gives the same answer on any number of cores.
 */
public final class VetoModel {

	/** The independent random streams of a Monte Carlo run (fixed, so results do not depend on the cores). */
	static final int CHUNKS = 16;

	/** An estimate of a probability: exact ones have a standard error of 0. */
	public record Estimate(double p, double standardError, Method method, long draws) {
	}

	private final List<String> roster;
	private final Stance[] stances;
	private final List<Bloc> blocs;
	/** For each PG, the blocs it follows and their weights. */
	private final int[][] blocsOf;
	private final double[][] weightsOf;

	private VetoModel(List<String> roster, Stance[] stances, List<Bloc> blocs, int[][] blocsOf, double[][] weightsOf) {
		this.roster = roster;
		this.stances = stances;
		this.blocs = blocs;
		this.blocsOf = blocsOf;
		this.weightsOf = weightsOf;
	}

	/**
	 * A model over {@code roster} with a stance for each PG (those missing join surely) and the blocs.
	 *
	 * @throws IllegalArgumentException naming what to correct: a bloc member not on the roster, a weight
	 *     outside [0, 1], a PG whose bloc weights sum above 1
	 */
	public static VetoModel of(List<String> roster, Map<String, Stance> stances, List<Bloc> blocs) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < roster.size(); i++) {
			if (index.put(roster.get(i), i) != null) {
				throw new IllegalArgumentException("roster names " + roster.get(i) + " twice");
			}
		}
		Stance[] s = new Stance[roster.size()];
		for (int i = 0; i < s.length; i++) {
			s[i] = stances.getOrDefault(roster.get(i), Stance.JOINS);
		}
		List<List<Integer>> memberships = new ArrayList<>();
		List<List<Double>> weights = new ArrayList<>();
		for (int i = 0; i < s.length; i++) {
			memberships.add(new ArrayList<>());
			weights.add(new ArrayList<>());
		}
		for (int b = 0; b < blocs.size(); b++) {
			Bloc bloc = blocs.get(b);
			if (!(bloc.weight() >= 0 && bloc.weight() <= 1)) {
				throw new IllegalArgumentException("bloc '" + bloc.name() + "': weight must be in [0, 1], got " + bloc.weight());
			}
			for (String member : bloc.members()) {
				Integer i = index.get(member);
				if (i == null) {
					throw new IllegalArgumentException("bloc '" + bloc.name() + "': " + member + " is not on the roster");
				}
				if (memberships.get(i).contains(b)) {
					throw new IllegalArgumentException("bloc '" + bloc.name() + "' names " + member + " twice");
				}
				memberships.get(i).add(b);
				weights.get(i).add(bloc.weight());
			}
		}
		int[][] blocsOf = new int[s.length][];
		double[][] weightsOf = new double[s.length][];
		for (int i = 0; i < s.length; i++) {
			blocsOf[i] = memberships.get(i).stream().mapToInt(Integer::intValue).toArray();
			weightsOf[i] = weights.get(i).stream().mapToDouble(Double::doubleValue).toArray();
			double sum = Arrays.stream(weightsOf[i]).sum();
			if (sum > 1 + 1e-9) {
				throw new IllegalArgumentException(roster.get(i) + " follows blocs whose weights sum to " + sum
						+ " (more than 1): a PG follows at most one bloc at a time, so lower the weights of "
						+ memberships.get(i).stream().map(b -> "'" + blocs.get(b).name() + "'").toList());
			}
		}
		return new VetoModel(List.copyOf(roster), s, List.copyOf(blocs), blocsOf, weightsOf);
	}

	public List<String> roster() {
		return roster;
	}

	public int size() {
		return stances.length;
	}

	public Stance stance(int i) {
		return stances[i];
	}

	public List<Bloc> blocs() {
		return blocs;
	}

	/** The same model with PG {@code i} taking {@code stance}. */
	public VetoModel with(int i, Stance stance) {
		Stance[] s = stances.clone();
		s[i] = stance;
		return new VetoModel(roster, s, blocs, blocsOf, weightsOf);
	}

	/** The same model with the PGs in {@code joined} joining consensus surely. */
	public VetoModel joining(int... joined) {
		Stance[] s = stances.clone();
		for (int i : joined) {
			s[i] = Stance.JOINS;
		}
		return new VetoModel(roster, s, blocs, blocsOf, weightsOf);
	}

	/** The same model with bloc {@code b} at weight {@code w}. */
	public VetoModel withBlocWeight(int b, double w) {
		List<Bloc> changed = new ArrayList<>(blocs);
		changed.set(b, blocs.get(b).withWeight(w));
		double[][] weights = new double[weightsOf.length][];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = weightsOf[i].clone();
			for (int k = 0; k < blocsOf[i].length; k++) {
				if (blocsOf[i][k] == b) {
					weights[i][k] = w;
				}
			}
			if (Arrays.stream(weights[i]).sum() > 1 + 1e-9) {
				throw new IllegalArgumentException(roster.get(i) + "'s bloc weights would sum above 1 with '"
						+ blocs.get(b).name() + "' at " + w);
			}
		}
		return new VetoModel(roster, stances, List.copyOf(changed), blocsOf, weights);
	}

	/** The probability that no PG objects or reserves, by {@code method} (AUTO: exact up to {@code exactLimit} cells). */
	public Estimate consensus(Method method, long draws, long seed, long exactLimit) {
		if (method == Method.MONTE_CARLO) {
			return monteCarloConsensus(draws, seed);
		}
		Structure structure = new Structure(blockThresholds());
		if (method == Method.AUTO && structure.coupledCells() > exactLimit) {
			return monteCarlo(structure, draws, seed);
		}
		return new Estimate(structure.exact(), 0, Method.EXACT, 0);
	}

	/** The exact probability that no PG objects or reserves. */
	public double exactConsensus() {
		return new Structure(blockThresholds()).exact();
	}

	/** The exact probability that no PG objects (the proposal is not {@code BLOCKED}; it may stay {@code PENDING}). */
	public double exactNoObjection() {
		return new Structure(objectThresholds()).exact();
	}

	/** The cells an exact computation sums over (the product of the interval counts of the coupled blocs). */
	public long cells() {
		return new Structure(blockThresholds()).coupledCells();
	}

	/** A Monte Carlo estimate of the probability of consensus from {@code draws} draws of the bloc states. */
	public Estimate monteCarloConsensus(long draws, long seed) {
		return monteCarlo(blockThresholds(), draws, seed);
	}

	/** A Monte Carlo estimate of the probability that no PG objects. */
	public Estimate monteCarloNoObjection(long draws, long seed) {
		return monteCarlo(objectThresholds(), draws, seed);
	}

	private Estimate monteCarlo(double[] thresholds, long draws, long seed) {
		return monteCarlo(new Structure(thresholds), draws, seed);
	}

	private Estimate monteCarlo(Structure structure, long draws, long seed) {
		if (draws < 2) {
			throw new IllegalArgumentException("Monte Carlo needs at least 2 draws, got " + draws);
		}
		long[] seeds = new SplittableRandom(seed).longs(CHUNKS).toArray();
		double[][] sums = IntStream.range(0, CHUNKS).parallel()
			.mapToObj(c -> structure.sample(draws / CHUNKS + (c < draws % CHUNKS ? 1 : 0), seeds[c]))
			.toArray(double[][]::new);
		double sum = 0;
		double sumSquares = 0;
		for (double[] s : sums) {
			sum += s[0];
			sumSquares += s[1];
		}
		double mean = sum / draws;
		double variance = Math.max(0, (sumSquares - draws * mean * mean) / (draws - 1));
		return new Estimate(mean, Math.sqrt(variance / draws), Method.MONTE_CARLO, draws);
	}

	private double[] blockThresholds() {
		double[] t = new double[stances.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = stances[i].pBlock();
		}
		return t;
	}

	private double[] objectThresholds() {
		double[] t = new double[stances.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = stances[i].pObject();
		}
		return t;
	}

	/** The model compiled for one set of thresholds: constants, per-bloc interval factors, coupled PGs. */
	private final class Structure {

		private final double[] t;
		/** The product over PGs in no bloc. */
		private double constant = 1;
		/** Per bloc: the interval bounds (0 = b[0] &lt; ... &lt; b[K] = 1), lengths, and the per-interval factor of its single-bloc members. */
		private final double[][] bounds;
		private final double[][] factor;
		/** PGs following more than one bloc: they couple those blocs. */
		private final int[] coupledPgs;
		private final boolean[] coupled;

		Structure(double[] thresholds) {
			this.t = thresholds;
			int nb = blocs.size();
			bounds = new double[nb][];
			factor = new double[nb][];
			coupled = new boolean[nb];
			List<List<Double>> cuts = new ArrayList<>();
			for (int b = 0; b < nb; b++) {
				cuts.add(new ArrayList<>(List.of(0.0, 1.0)));
			}
			List<Integer> multi = new ArrayList<>();
			for (int i = 0; i < t.length; i++) {
				for (int b : blocsOf[i]) {
					if (t[i] > 0 && t[i] < 1) {
						cuts.get(b).add(t[i]);
					}
				}
				if (blocsOf[i].length > 1) {
					multi.add(i);
					for (int b : blocsOf[i]) {
						coupled[b] = true;
					}
				}
			}
			coupledPgs = multi.stream().mapToInt(Integer::intValue).toArray();
			for (int b = 0; b < nb; b++) {
				bounds[b] = cuts.get(b).stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
				factor[b] = new double[bounds[b].length - 1];
				Arrays.fill(factor[b], 1);
			}
			for (int i = 0; i < t.length; i++) {
				if (blocsOf[i].length == 0) {
					constant *= 1 - t[i];
				}
				else if (blocsOf[i].length == 1) {
					int b = blocsOf[i][0];
					for (int k = 0; k < factor[b].length; k++) {
						factor[b][k] *= joins(i, b, bounds[b][k]);
					}
				}
			}
		}

		/** P(i joins | bloc b's draw in the interval starting at {@code lower}), for a PG in bloc b only. */
		private double joins(int i, int b, double lower) {
			double w = weightsOf[i][0];
			return (1 - w) * (1 - t[i]) + (lower >= t[i] ? w : 0);
		}

		long coupledCells() {
			long cells = 1;
			for (int b = 0; b < bounds.length; b++) {
				if (coupled[b]) {
					cells = Math.multiplyExact(cells, (long) factor[b].length);
				}
			}
			return cells;
		}

		double exact() {
			double p = constant;
			List<Integer> enumerated = new ArrayList<>();
			for (int b = 0; b < bounds.length; b++) {
				if (coupled[b]) {
					enumerated.add(b);
					continue;
				}
				double sum = 0;
				for (int k = 0; k < factor[b].length; k++) {
					sum += (bounds[b][k + 1] - bounds[b][k]) * factor[b][k];
				}
				p *= sum;
			}
			if (enumerated.isEmpty()) {
				return p;
			}
			int m = enumerated.size();
			int[] blocIds = enumerated.stream().mapToInt(Integer::intValue).toArray();
			int[] k = new int[m];
			double[] lower = new double[bounds.length];
			double total = 0;
			while (true) {
				double cell = 1;
				for (int j = 0; j < m; j++) {
					int b = blocIds[j];
					cell *= (bounds[b][k[j] + 1] - bounds[b][k[j]]) * factor[b][k[j]];
					lower[b] = bounds[b][k[j]];
				}
				if (cell != 0) {
					total += cell * coupledJoin(lower);
				}
				int j = 0;
				while (j < m && ++k[j] == factor[blocIds[j]].length) {
					k[j] = 0;
					j++;
				}
				if (j == m) {
					break;
				}
			}
			return p * total;
		}

		/** The product of P(i joins | u) over PGs in several blocs, for bloc draws {@code u} (or interval lower bounds). */
		private double coupledJoin(double[] u) {
			double product = 1;
			for (int i : coupledPgs) {
				double own = 1;
				double follow = 0;
				for (int j = 0; j < blocsOf[i].length; j++) {
					double w = weightsOf[i][j];
					own -= w;
					if (u[blocsOf[i][j]] >= t[i]) {
						follow += w;
					}
				}
				product *= own * (1 - t[i]) + follow;
			}
			return product;
		}

		/** {sum, sum of squares} of {@code draws} conditional draws. */
		double[] sample(long draws, long seed) {
			SplittableRandom random = new SplittableRandom(seed);
			int nb = bounds.length;
			double[] u = new double[nb];
			double sum = 0;
			double sumSquares = 0;
			boolean anyCoupled = coupledPgs.length > 0;
			for (long d = 0; d < draws; d++) {
				double value = constant;
				for (int b = 0; b < nb; b++) {
					double x = random.nextDouble();
					u[b] = x;
					value *= factor[b][interval(bounds[b], x)];
				}
				if (anyCoupled) {
					value *= coupledJoin(u);
				}
				sum += value;
				sumSquares += value * value;
			}
			return new double[] { sum, sumSquares };
		}

		/** The interval k with bounds[k] &le; x &lt; bounds[k + 1]. */
		private static int interval(double[] bounds, double x) {
			int lo = 0;
			int hi = bounds.length - 2;
			while (lo < hi) {
				int mid = (lo + hi + 1) >>> 1;
				if (bounds[mid] <= x) {
					lo = mid;
				}
				else {
					hi = mid - 1;
				}
			}
			return lo;
		}
	}
}
