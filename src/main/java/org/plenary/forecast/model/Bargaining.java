package org.plenary.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bargaining model: an expected-utility model of position change in the Bueno de Mesquita family
 * (risk-neutral form), changed for a body where one PG's veto blocks.
 *
 * <h2>Actors</h2>
 * Each PG <i>i</i> has a position <i>x<sub>i</sub></i> in [0, 1] on the proposal (1: joins consensus
 * readily; 0: objects firmly), a capability <i>c<sub>i</sub></i> &gt; 0 and a salience
 * <i>s<sub>i</sub></i> in [0, 1].
 *
 * <h2>One round</h2>
 * For every ordered pair (i, j), i considers pressing j to adopt x<sub>i</sub>:
 * <pre>
 *   weights     w<sub>k</sub> = c<sub>k</sub> s<sub>k</sub> for k &ne; j;   w<sub>j</sub> = c<sub>j</sub> s<sub>j</sub> + V s<sub>j</sub> &Sigma;<sub>k&ne;j</sub> c<sub>k</sub> s<sub>k</sub>   (V: the veto weight)
 *   votes       v<sub>k</sub> = w<sub>k</sub> (|x<sub>k</sub> - x<sub>j</sub>| - |x<sub>k</sub> - x<sub>i</sub>|)
 *   success     P   = &Sigma; max(v<sub>k</sub>, 0) / &Sigma; |v<sub>k</sub>|                    (1/2 when every vote is 0)
 *   distance    d   = |x<sub>i</sub> - x<sub>j</sub>|;   U<sub>s</sub> = 2d,  U<sub>f</sub> = -2d
 *   EU<sub>i</sub>(ij) = s<sub>j</sub> (P U<sub>s</sub> + (1 - P) U<sub>f</sub>) + (1 - s<sub>j</sub>) U<sub>s</sub> - EU<sub>i</sub>(no challenge)
 *             = 2d (1 - 2 s<sub>j</sub> (1 - P))
 * </pre>
 * These are BDM's utilities, U = 2 - 4(1/2 &#x2213; d/2)<sup>r</sup>, for risk-neutral actors (r = 1)
 * on a [0, 1] scale: j gives way without a contest when it does not care (1 - s<sub>j</sub>) and
 * loses the contest with probability 1 - P. The expected utility of not challenging,
 * Q U<sub>sq</sub> + (1 - Q)(T U<sub>b</sub> + (1 - T) U<sub>w</sub>), is 0 with r = 1, Q = 1/2 and T = 1/2
 * (no expectation about which way the status quo moves): we keep that neutral choice, because under
 * consensus the status quo only moves when its least willing PG moves. BDM's risk attitudes
 * (r &ne; 1) are left out. With A = EU<sub>i</sub>(ij) and B = EU<sub>j</sub>(ji) (j's own expected utility
 * of challenging i), i makes j an offer when A &gt; 0:
 * <ul>
 * <li>B &gt; 0 and A &gt; B (conflict i expects to win), or B &le; 0 and A &gt; |B| (capitulation): x<sub>i</sub>;</li>
 * <li>B &le; 0 and A &le; |B| (compromise): x<sub>j</sub> + (x<sub>i</sub> - x<sub>j</sub>) A / |B|;</li>
 * <li>B &gt; 0 and A &le; B: no offer (j expects to win).</li>
 * </ul>
 * Each PG then takes, of the offers it received, the one that moves it least (BDM's most credible
 * offer); all PGs move at once.
 *
 * <h2>Where the veto enters</h2>
 * <ol>
 * <li>No coalition can outvote a PG on its own stance: in the contest over j's position, j's veto adds
 * V s<sub>j</sub> times the weight of the whole Group to its votes. A PG that cares (high salience)
 * cannot be pressed into consensus; one that does not care gives way (V = 0 is plain BDM).</li>
 * <li>The outcome is not the weighted median &mu; (plain BDM's forecast, reported for comparison): a
 * proposal passes only if every PG is willing, so each round reports the veto pivot &nu; = min x<sub>k</sub>.</li>
 * <li>After the rounds, positions become stances for the veto-player model (see {@link #stance}).</li>
 * </ol>
 */
public final class Bargaining {

	/** One PG in the bargaining. */
	public record Actor(String pg, double position, double capability, double salience) {

		public Actor {
			if (!(position >= 0 && position <= 1)) {
				throw new IllegalArgumentException(pg + ": position must be in [0, 1], got " + position);
			}
			if (!(capability > 0)) {
				throw new IllegalArgumentException(pg + ": capability must be positive, got " + capability);
			}
			if (!(salience >= 0 && salience <= 1)) {
				throw new IllegalArgumentException(pg + ": salience must be in [0, 1], got " + salience);
			}
		}

		Actor at(double x) {
			return new Actor(pg, x, capability, salience);
		}
	}

	/** The positions after a round, the veto pivot and the weighted median (plain BDM's forecast). */
	public record Round(int round, double[] positions, double pivot, double weightedMedian) {
	}

	/**
	 * How positions map to stances: a PG at x blocks with probability 1 / (1 + e<sup>(x - threshold)/scale</sup>).
	 *
	 * @param threshold the position below which a PG is more likely than not to block
	 * @param scale how sharply the probability changes around it
	 * @param vetoWeight V: the share of the Group's weight a PG's veto adds, times its salience, in the contest over its own position
	 */
	public record Settings(double threshold, double scale, double vetoWeight) {

		public static Settings defaults() {
			return new Settings(0.5, 0.1, 2.0);
		}
	}

	private final Settings settings;

	public Bargaining(Settings settings) {
		this.settings = settings;
	}

	/** Runs {@code rounds} rounds; the list starts with round 0 (the initial positions). */
	public List<Round> run(List<Actor> actors, int rounds) {
		List<Round> out = new ArrayList<>();
		List<Actor> current = List.copyOf(actors);
		out.add(round(0, current));
		for (int r = 1; r <= rounds; r++) {
			double[] next = step(current);
			List<Actor> moved = new ArrayList<>(current.size());
			for (int i = 0; i < next.length; i++) {
				moved.add(current.get(i).at(next[i]));
			}
			current = moved;
			out.add(round(r, current));
		}
		return out;
	}

	private static Round round(int r, List<Actor> actors) {
		double[] x = actors.stream().mapToDouble(Actor::position).toArray();
		return new Round(r, x, Arrays.stream(x).min().orElse(1), weightedMedian(actors));
	}

	/** The positions after one round: all PGs move at once, each to its most credible offer. */
	double[] step(List<Actor> actors) {
		double[][] eu = expectedUtilities(actors);
		double[] next = new double[actors.size()];
		for (int j = 0; j < next.length; j++) {
			next[j] = mostCredibleOffer(actors, eu, j);
		}
		return next;
	}

	/** EU<sub>i</sub>(ij) for every ordered pair i &ne; j. */
	private double[][] expectedUtilities(List<Actor> actors) {
		int n = actors.size();
		double[][] eu = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i != j) {
					eu[i][j] = expectedUtility(actors, i, j);
				}
			}
		}
		return eu;
	}

	/** Of the offers j received, the one that moves it least (but moves it); its own position when none does. */
	private static double mostCredibleOffer(List<Actor> actors, double[][] eu, int j) {
		double xj = actors.get(j).position();
		double best = xj;
		double bestMove = Double.POSITIVE_INFINITY;
		for (int i = 0; i < actors.size(); i++) {
			if (i == j) {
				continue;
			}
			double offer = offer(eu[i][j], eu[j][i], actors.get(i).position(), xj);
			if (Double.isNaN(offer)) {
				continue;
			}
			double move = Math.abs(offer - xj);
			if (move > 0 && move < bestMove) {
				bestMove = move;
				best = offer;
			}
		}
		return best;
	}

	/** The position i offers j, or NaN for no offer. */
	static double offer(double a, double b, double xi, double xj) {
		if (!(a > 0)) {
			return Double.NaN;
		}
		if (b > 0) {
			return a > b ? xi : Double.NaN;
		}
		return a > -b ? xi : xj + (xi - xj) * a / -b;
	}

	/** EU<sub>i</sub>(ij) = 2d (1 - 2 s<sub>j</sub> (1 - P)): i's expected utility of pressing j to adopt x<sub>i</sub>. */
	double expectedUtility(List<Actor> actors, int i, int j) {
		double d = Math.abs(actors.get(i).position() - actors.get(j).position());
		double p = success(actors, i, j);
		double sj = actors.get(j).salience();
		double us = 2 * d;
		double uf = -2 * d;
		return sj * (p * us + (1 - p) * uf) + (1 - sj) * us;
	}

	/** P: the share of the weighted votes for x<sub>i</sub> over x<sub>j</sub>, j's veto included. */
	double success(List<Actor> actors, int i, int j) {
		double xi = actors.get(i).position();
		double xj = actors.get(j).position();
		double group = 0;
		for (int k = 0; k < actors.size(); k++) {
			if (k != j) {
				group += actors.get(k).capability() * actors.get(k).salience();
			}
		}
		double forI = 0;
		double all = 0;
		for (int k = 0; k < actors.size(); k++) {
			Actor a = actors.get(k);
			double weight = a.capability() * a.salience() + (k == j ? settings.vetoWeight() * a.salience() * group : 0);
			double v = weight * (Math.abs(a.position() - xj) - Math.abs(a.position() - xi));
			forI += Math.max(v, 0);
			all += Math.abs(v);
		}
		return all == 0 ? 0.5 : forI / all;
	}

	/** The position that a weighted majority (weights c s) prefers: the weighted median. */
	static double weightedMedian(List<Actor> actors) {
		List<Actor> sorted = actors.stream().sorted(java.util.Comparator.comparingDouble(Actor::position)).toList();
		double total = sorted.stream().mapToDouble(a -> a.capability() * a.salience()).sum();
		if (total == 0) {
			return sorted.isEmpty() ? 0.5 : sorted.get(sorted.size() / 2).position();
		}
		double running = 0;
		for (Actor a : sorted) {
			running += a.capability() * a.salience();
			if (running >= total / 2) {
				return a.position();
			}
		}
		return sorted.get(sorted.size() - 1).position();
	}

	/** The position that corresponds to a stance: x = threshold - scale &middot; logit(pBlock), clamped to [0, 1]. */
	public double position(Stance stance) {
		double b = Math.min(1 - 1e-9, Math.max(1e-9, stance.pBlock()));
		return Math.min(1, Math.max(0, settings.threshold() - settings.scale() * Math.log(b / (1 - b))));
	}

	/**
	 * The stance after a move from {@code from} to {@code to}: the log-odds of blocking fall by
	 * (to - from) / scale, and the split between objection and reservation keeps its ratio. A PG that
	 * does not move keeps its stance exactly.
	 */
	public Stance stance(Stance initial, double from, double to) {
		if (from == to) {
			return initial;
		}
		double b = Math.min(1 - 1e-12, Math.max(1e-12, initial.pBlock()));
		double logit = Math.log(b / (1 - b)) - (to - from) / settings.scale();
		double moved = 1 / (1 + Math.exp(-logit));
		double objectShare = initial.pBlock() == 0 ? 0.5 : initial.pObject() / initial.pBlock();
		double pObject = moved * objectShare;
		return new Stance(pObject, Math.max(0, moved - pObject));
	}
}
