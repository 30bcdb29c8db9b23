package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two names' tokens aligned one to one, best pairs first: each pair earns its similarity times the two
 * tokens' weights. The weighted score is what the pairs earned over the weight of all tokens, less
 * what the unmatched tokens stop counting. Part of one {@link Comparison}.
 */
final class Alignment {

	private final MatchSettings settings;
	private final List<String> a;
	private final List<String> b;
	private final double[] wa;
	private final double[] wb;
	private final double[][] sim;
	private final boolean[] usedA;
	private final boolean[] usedB;
	private final int[] pairA;
	private final int[] pairB;
	private int paired;
	private double earned;

	Alignment(List<String> a, List<String> b, TokenWeights weights, MatchSettings settings) {
		this.settings = settings;
		this.a = a;
		this.b = b;
		this.wa = weights(a, weights);
		this.wb = weights(b, weights);
		this.sim = new double[a.size()][b.size()];
		for (int i = 0; i < a.size(); i++) {
			for (int j = 0; j < b.size(); j++) {
				sim[i][j] = TokenSimilarity.of(a.get(i), b.get(j), settings.tokenFloor());
				if (sim[i][j] > 0 && sim[i][j] < 1 && TokenSimilarity.oneLetterApart(a.get(i), b.get(j)) && weights.knownRare(a.get(i))
						&& weights.knownRare(b.get(j))) {
					sim[i][j] = 0; // "rotor" and "motor", both rare words the lists use: two words, not one misspelt
				}
			}
		}
		this.usedA = new boolean[a.size()];
		this.usedB = new boolean[b.size()];
		this.pairA = new int[Math.min(a.size(), b.size())];
		this.pairB = new int[pairA.length];
		align();
	}

	/** Pairs the tokens one to one, the pair earning most first, until no pair earns anything. */
	private void align() {
		while (true) {
			int bestI = -1, bestJ = -1;
			double best = 0;
			for (int i = 0; i < a.size(); i++) {
				if (usedA[i]) {
					continue;
				}
				for (int j = 0; j < b.size(); j++) {
					double value = usedB[j] ? 0 : sim[i][j] * (wa[i] + wb[j]);
					if (value > best) {
						best = value;
						bestI = i;
						bestJ = j;
					}
				}
			}
			if (bestI < 0) {
				return;
			}
			usedA[bestI] = true;
			usedB[bestJ] = true;
			earned += best;
			pairA[paired] = bestI;
			pairB[paired++] = bestJ;
		}
	}

	/** What the pairs earned over the weight of all tokens, less what the unmatched tokens stop counting. */
	double weightedScore() {
		double total = sum(wa) + sum(wb);
		total -= discount(a, wa, usedA, b, usedB) + discount(b, wb, usedB, a, usedA);
		return total <= 0 ? 0 : Math.min(1.0, earned / total);
	}

	/** Whether each name has a name word (not a form or particle) that found no match. */
	boolean eachLeavesANameWord() {
		return unmatchedName(a, usedA) && unmatchedName(b, usedB);
	}

	/** Which token matched which, and how well. */
	void appendPairs(StringBuilder why) {
		for (int p = 0; p < paired; p++) {
			double v = sim[pairA[p]][pairB[p]];
			why.append(p == 0 ? "" : ", ").append(a.get(pairA[p])).append(v == 1.0 ? "=" : "~").append(b.get(pairB[p]))
				.append(String.format(Locale.ROOT, " %.2f", v));
		}
		if (paired == 0) {
			why.append("no token");
		}
	}

	/** The tokens of either name that found no match. */
	List<String> unmatched() {
		List<String> unmatched = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			if (!usedA[i]) {
				unmatched.add(a.get(i));
			}
		}
		for (int j = 0; j < b.size(); j++) {
			if (!usedB[j]) {
				unmatched.add(b.get(j));
			}
		}
		return unmatched;
	}

	/**
	 * What the unmatched tokens of {@code side} stop counting: legal forms count only in part; and when
	 * every token of the other, shorter name found its match, the extra names count only in part.
	 */
	private double discount(List<String> side, double[] w, boolean[] used, List<String> other, boolean[] otherUsed) {
		boolean otherCovered = other.size() < side.size() && allTrue(otherUsed);
		double discount = 0;
		for (int i = 0; i < side.size(); i++) {
			if (used[i]) {
				continue;
			}
			if (CompanyForms.LEGAL_FORMS.contains(side.get(i))) {
				discount += w[i] * (1 - settings.unmatchedFormWeight());
			}
			else if (TokenSimilarity.isPatronymic(side.get(i))) {
				discount += w[i] * (1 - settings.patronymicWeight());
			}
			else if (otherCovered && !(COUNTRIES.contains(side.get(i)) && hasLegalForm(side))) {
				discount += w[i] * (1 - settings.extraNameWeight());
			}
		}
		return discount;
	}

	/**
	 * Country names: a company name that adds one to another company's name ("Banco Santander Chile
	 * S.A.") names that company's national subsidiary, another legal person, so the country counts in
	 * full, not as an extra name.
	 */
	private static final java.util.Set<String> COUNTRIES = java.util.Set.of("afghanistan", "albania", "algeria", "argentina",
			"armenia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "brazil",
			"bulgaria", "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czech", "denmark", "ecuador",
			"egypt", "estonia", "ethiopia", "finland", "france", "georgia", "germany", "greece", "hungary", "india", "indonesia",
			"iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "korea", "kuwait", "kyrgyzstan",
			"latvia", "lebanon", "libya", "lithuania", "malaysia", "mexico", "moldova", "mongolia", "morocco", "myanmar", "netherlands",
			"nigeria", "norway", "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
			"romania", "russia", "serbia", "singapore", "slovakia", "slovenia", "spain", "sweden", "switzerland", "syria", "taiwan",
			"tajikistan", "thailand", "tunisia", "turkey", "turkiye", "turkmenistan", "ukraine", "uruguay", "uzbekistan", "venezuela",
			"vietnam", "yemen", "emirates", "uk", "usa", "america", "europe", "asia", "africa");

	private static boolean hasLegalForm(List<String> tokens) {
		for (String t : tokens) {
			if (CompanyForms.LEGAL_FORMS.contains(t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean unmatchedName(List<String> side, boolean[] used) {
		for (int i = 0; i < side.size(); i++) {
			if (!used[i] && !CompanyForms.FORM_TOKENS.contains(side.get(i)) && !TokenSimilarity.isPatronymic(side.get(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean allTrue(boolean[] values) {
		for (boolean v : values) {
			if (!v) {
				return false;
			}
		}
		return true;
	}

	private static double[] weights(List<String> tokens, TokenWeights weights) {
		double[] w = new double[tokens.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = weights.of(tokens.get(i));
		}
		return w;
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}
}
