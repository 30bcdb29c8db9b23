package org.plenary.screening.matching;

import java.util.List;

/**
 * Scores two names from 0 to 1, order-free, in plain Java: tokens are aligned one to one, best pairs
 * first; each aligned pair earns its similarity times the two tokens' weights, over the weight of
 * all tokens of both names. Rare words count most, company forms least; a number in one name that
 * the other lacks costs {@link MatchSettings#numberPenalty()}, a name word replaced by another
 * {@link MatchSettings#substitutionPenalty()}, legal forms of different kinds
 * {@link MatchSettings#formMismatchPenalty()}; names equal when written without
 * spaces score at least {@link MatchSettings#compactBonus()}. Every score comes with its explanation.
 * Each comparison runs its steps in a {@link Comparison}.
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

	/**
	 * Compares two names as written, in every reading of each ({@link NameNormalizer#readings}): the
	 * best-scoring pair of readings counts, and its explanation says which transliteration matched.
	 */
	public Result compare(String name1, String name2) {
		List<NameNormalizer.Reading> r1 = NameNormalizer.readings(name1);
		List<NameNormalizer.Reading> r2 = NameNormalizer.readings(name2);
		Result best = null;
		for (NameNormalizer.Reading a : r1) {
			for (NameNormalizer.Reading b : r2) {
				Result r = compare(a, b, true);
				if (best == null || r.score() > best.score()) {
					best = r;
				}
			}
		}
		return best;
	}

	/** Compares one reading of each name; the explanation, written only for a match, says which readings matched. */
	public Result compare(NameNormalizer.Reading a, NameNormalizer.Reading b) {
		return compare(a, b, false);
	}

	private static final Result INCOMPARABLE = new Result(0, false, null);

	private Result compare(NameNormalizer.Reading a, NameNormalizer.Reading b, boolean alwaysExplain) {
		if (!a.comparableWith(b)) {
			return alwaysExplain ? new Result(0, false, "readings not compared") : INCOMPARABLE;
		}
		Result r = compare(a.tokens(), b.tokens(), alwaysExplain);
		if (r.explanation() == null || (a.system() == null && b.system() == null)) {
			return r;
		}
		return new Result(r.score(), r.match(), a.describe("name 1") + b.describe("name 2") + r.explanation());
	}

	/** Compares normalised names; the explanation is written only for a match unless {@code alwaysExplain}. */
	public Result compare(List<String> a, List<String> b) {
		return compare(a, b, false);
	}

	Result compare(List<String> a, List<String> b, boolean alwaysExplain) {
		if (a.isEmpty() || b.isEmpty()) {
			return new Result(0, false, "nothing to compare");
		}
		Comparison comparison = new Comparison(a, b, weights, settings);
		double score = comparison.score();
		boolean match = score >= settings.threshold();
		if (!match && !alwaysExplain) {
			return new Result(score, false, null);
		}
		return new Result(score, match, comparison.explanation());
	}
}
