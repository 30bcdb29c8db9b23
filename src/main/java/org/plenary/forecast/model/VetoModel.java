package org.plenary.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		Memberships m = Memberships.of(index, blocs);
		int[][] blocsOf = new int[s.length][];
		double[][] weightsOf = new double[s.length][];
		for (int i = 0; i < s.length; i++) {
			blocsOf[i] = m.blocs().get(i).stream().mapToInt(Integer::intValue).toArray();
			weightsOf[i] = m.weights().get(i).stream().mapToDouble(Double::doubleValue).toArray();
			double sum = Arrays.stream(weightsOf[i]).sum();
			if (sum > 1 + 1e-9) {
				throw new IllegalArgumentException(roster.get(i) + " follows blocs whose weights sum to " + sum
						+ " (more than 1): a PG follows at most one bloc at a time, so lower the weights of "
						+ m.blocs().get(i).stream().map(b -> "'" + blocs.get(b).name() + "'").toList());
			}
		}
		return new VetoModel(List.copyOf(roster), s, List.copyOf(blocs), blocsOf, weightsOf);
	}

	/** For each PG (by its index on the roster), the blocs it follows and their weights, in the order of the blocs. */
	private record Memberships(List<List<Integer>> blocs, List<List<Double>> weights) {

		static Memberships of(Map<String, Integer> index, List<Bloc> blocs) {
			Memberships m = new Memberships(new ArrayList<>(), new ArrayList<>());
			for (int i = 0; i < index.size(); i++) {
				m.blocs().add(new ArrayList<>());
				m.weights().add(new ArrayList<>());
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
					if (m.blocs().get(i).contains(b)) {
						throw new IllegalArgumentException("bloc '" + bloc.name() + "' names " + member + " twice");
					}
					m.blocs().get(i).add(b);
					m.weights().get(i).add(bloc.weight());
				}
			}
			return m;
		}
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
		BlocStructure structure = structure(blockThresholds());
		if (method == Method.AUTO && structure.coupledCells() > exactLimit) {
			return structure.monteCarlo(draws, seed);
		}
		return new Estimate(structure.exact(), 0, Method.EXACT, 0);
	}

	/** The exact probability that no PG objects or reserves. */
	public double exactConsensus() {
		return structure(blockThresholds()).exact();
	}

	/** The exact probability that no PG objects (the proposal is not {@code BLOCKED}; it may stay {@code PENDING}). */
	public double exactNoObjection() {
		return structure(objectThresholds()).exact();
	}

	/** The cells an exact computation sums over (the product of the interval counts of the coupled blocs). */
	public long cells() {
		return structure(blockThresholds()).coupledCells();
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
		return structure(thresholds).monteCarlo(draws, seed);
	}

	private BlocStructure structure(double[] thresholds) {
		return new BlocStructure(thresholds, blocs.size(), blocsOf, weightsOf);
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
}
