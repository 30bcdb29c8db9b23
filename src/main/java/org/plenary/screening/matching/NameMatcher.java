package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Scores two names from 0 to 1, order-free, in plain Java: tokens are aligned one to one, best pairs
 * first; each aligned pair earns its similarity times the two tokens' weights, over the weight of
 * all tokens of both names. Rare words count most, company forms least; a number in one name that
 * the other lacks costs {@link MatchSettings#numberPenalty()}, a name word replaced by another
 * {@link MatchSettings#substitutionPenalty()}, legal forms of different kinds
 * {@link MatchSettings#formMismatchPenalty()}; names equal when written without
 * spaces score at least {@link MatchSettings#compactBonus()}. Every score comes with its explanation.
 */
public final class NameMatcher {

	private final TokenWeights weights;
	private final MatchSettings settings;

	public NameMatcher(TokenWeights weights, MatchSettings settings) {
		this.weights = weights;
		this.settings = settings;
	}

	/** A scored comparison: the score, whether it reaches the threshold, and which token matched which. */
	public record Result(double score, boolean match, String explanation) {
	}

	public MatchSettings settings() {
		return settings;
	}

	public Result compare(String name1, String name2) {
		return compare(NameNormalizer.tokens(name1), NameNormalizer.tokens(name2), true);
	}

	/** Compares normalised names; the explanation is written only for a match unless {@code alwaysExplain}. */
	public Result compare(List<String> a, List<String> b) {
		return compare(a, b, false);
	}

	Result compare(List<String> a, List<String> b, boolean alwaysExplain) {
		if (a.isEmpty() || b.isEmpty()) {
			return new Result(0, false, "nothing to compare");
		}
		boolean acronymsDiffer = Initials.acronymsDiffer(a, b);
		a = Initials.spelledOut(a, b);
		b = Initials.spelledOut(b, a);
		a = SplitWords.rejoined(a, b);
		b = SplitWords.rejoined(b, a);
		double[] wa = weights(a);
		double[] wb = weights(b);
		double total = sum(wa) + sum(wb);
		boolean[] usedA = new boolean[a.size()];
		boolean[] usedB = new boolean[b.size()];
		double[][] sim = new double[a.size()][b.size()];
		for (int i = 0; i < a.size(); i++) {
			for (int j = 0; j < b.size(); j++) {
				sim[i][j] = TokenSimilarity.of(a.get(i), b.get(j), settings.tokenFloor());
			}
		}
		double earned = 0;
		int[] pairA = new int[Math.min(a.size(), b.size())];
		int[] pairB = new int[pairA.length];
		int paired = 0;
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
				break;
			}
			usedA[bestI] = true;
			usedB[bestJ] = true;
			earned += best;
			pairA[paired] = bestI;
			pairB[paired++] = bestJ;
		}
		total -= discount(a, wa, usedA, b, usedB) + discount(b, wb, usedB, a, usedA);
		double score = total <= 0 ? 0 : Math.min(1.0, earned / total);
		boolean numbersDiffer = !numbers(a).equals(numbers(b));
		if (numbersDiffer || acronymsDiffer) {
			score = Math.max(0, score - settings.numberPenalty());
		}
		boolean initialsOnly = Initials.only(a) != Initials.only(b);
		if (initialsOnly) {
			score *= settings.shortWeight();
		}
		// The penalties below only lower a score, so they are weighed only where they can change a match:
		// a score under the threshold is reported without them.
		boolean reaches = score >= settings.threshold();
		boolean substituted = reaches && unmatchedName(a, usedA) && unmatchedName(b, usedB);
		if (substituted) {
			score = Math.max(0, score - settings.substitutionPenalty());
		}
		boolean formsDiffer = reaches && NameNormalizer.formKindsDiffer(a, b);
		if (formsDiffer) {
			score = Math.max(0, score - settings.formMismatchPenalty());
		}
		boolean compact = NameNormalizer.compact(a).equals(NameNormalizer.compact(b)) && score < settings.compactBonus();
		if (compact) {
			score = settings.compactBonus();
		}
		boolean romanised = score < settings.threshold() && ChineseRomanisation.sameName(a, b);
		if (romanised) {
			score = settings.compactBonus();
		}
		boolean match = score >= settings.threshold();
		if (!match && !alwaysExplain) {
			return new Result(score, false, null);
		}
		StringBuilder why = new StringBuilder("matched ");
		for (int p = 0; p < paired; p++) {
			double v = sim[pairA[p]][pairB[p]];
			why.append(p == 0 ? "" : ", ").append(a.get(pairA[p])).append(v == 1.0 ? "=" : "~").append(b.get(pairB[p]))
				.append(String.format(Locale.ROOT, " %.2f", v));
		}
		if (paired == 0) {
			why.append("no token");
		}
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
		if (!unmatched.isEmpty()) {
			why.append("; unmatched ").append(String.join(", ", unmatched));
		}
		if (numbersDiffer) {
			why.append("; numbers differ ").append(numbers(a)).append(" vs ").append(numbers(b));
		}
		if (acronymsDiffer) {
			why.append("; initials in another order or number");
		}
		if (initialsOnly) {
			why.append("; only initials against a name in full");
		}
		if (substituted) {
			why.append("; a name word replaced by another");
		}
		if (formsDiffer) {
			why.append("; legal forms of different kinds");
		}
		if (compact) {
			why.append("; equal when written without spaces");
		}
		if (romanised) {
			why.append("; one Chinese name in Wade-Giles and pinyin");
		}
		why.append(String.format(Locale.ROOT, "; weighted score %.3f (rare tokens weigh more)", score));
		return new Result(score, match, why.toString());
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
			if (NameNormalizer.LEGAL_FORMS.contains(side.get(i))) {
				discount += w[i] * (1 - settings.unmatchedFormWeight());
			}
			else if (TokenSimilarity.isPatronymic(side.get(i))) {
				discount += w[i] * (1 - settings.patronymicWeight());
			}
			else if (otherCovered) {
				discount += w[i] * (1 - settings.extraNameWeight());
			}
		}
		return discount;
	}

	/** Whether some name word (not a form or particle) of {@code side} found no match. */
	private static boolean unmatchedName(List<String> side, boolean[] used) {
		for (int i = 0; i < side.size(); i++) {
			if (!used[i] && !NameNormalizer.FORM_TOKENS.contains(side.get(i)) && !TokenSimilarity.isPatronymic(side.get(i))) {
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

	private double[] weights(List<String> tokens) {
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

	private static TreeSet<String> numbers(List<String> tokens) {
		TreeSet<String> numbers = new TreeSet<>();
		for (String t : tokens) {
			if (TokenSimilarity.hasDigit(t)) {
				numbers.add(t);
			}
		}
		return numbers;
	}
}
