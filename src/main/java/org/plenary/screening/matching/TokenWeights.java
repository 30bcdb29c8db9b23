package org.plenary.screening.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a token says about who a party is: rare tokens weigh more than common ones (an inverse
 * document frequency over a corpus of names, normally the loaded screening lists), company forms and
 * particles little, unknown tokens the most.
 */
public final class TokenWeights {

	private final int names;
	private final MatchSettings settings;
	private final double maxWeight;

	/**
	 * The weight of every token the corpus uses, worked out once: a comparison looks up the weights of
	 * both names' tokens for each candidate, and one lookup here replaces a set, a map and a logarithm.
	 */
	private final Map<String, Double> known;

	TokenWeights(Map<String, Integer> frequency, int names, MatchSettings settings) {
		this.names = Math.max(names, 1);
		this.settings = settings;
		this.maxWeight = Math.log(1.0 + this.names);
		Map<String, Double> known = new HashMap<>(frequency.size() * 2);
		frequency.forEach((token, count) -> known.put(token, weigh(token, count)));
		this.known = known;
	}

	public static TokenWeights from(Iterable<List<String>> corpus, MatchSettings settings) {
		Map<String, Integer> frequency = new HashMap<>();
		int names = 0;
		for (List<String> tokens : corpus) {
			names++;
			for (String t : new java.util.HashSet<>(tokens)) {
				frequency.merge(t, 1, Integer::sum);
			}
		}
		return new TokenWeights(frequency, names, settings);
	}

	/** The least weight of a rare word: one the lists' names use in about one name in 150 or fewer. */
	static final double RARE = 0.5;

	/**
	 * Whether the corpus (the lists' names) uses the token, and rarely: a distinctive word, not a
	 * misspelling of one (the corpus does not use that) nor a common word.
	 */
	boolean knownRare(String token) {
		Double weight = known.get(token);
		return weight != null && weight >= RARE;
	}

	public double of(String token) {
		Double weight = known.get(token);
		return weight != null ? weight : weigh(token, 0);
	}

	/** The weight of a token the corpus uses {@code count} times. */
	private double weigh(String token, int count) {
		if (CompanyForms.FORM_TOKENS.contains(token)) {
			return settings.formWeight();
		}
		double idf = Math.log(1.0 + (double) names / (1 + count)) / maxWeight;
		double weight = Math.max(settings.minWeight(), idf);
		return token.length() <= 2 && !TokenSimilarity.hasDigit(token) ? weight * settings.shortWeight() : weight;
	}

}
