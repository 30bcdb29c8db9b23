package org.plenary.screening.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.screening.lists.ListReadings.Name;
import org.plenary.screening.matching.KeyPostings;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.screening.matching.NameKeys;
import org.plenary.screening.matching.NameMatcher;
import org.plenary.screening.matching.NameNormalizer;
import org.plenary.screening.matching.TokenWeights;

/**
 * An immutable index of listed names for fast screening: every name (and alias) is keyed by its
 * tokens and their consonant skeletons (so a misspelt or transliterated word still finds it), its
 * given names' lines in the short-name table, its neighbouring words joined, and its Chinese
 * syllables read in either romanisation ({@link NameKeys}); a
 * query gathers candidates through its rarest keys, ranks them by the weight of the keys they share,
 * and scores only the best few with the full {@link NameMatcher}. A query never scans the list. A name
 * in a script other than Latin, Cyrillic, Greek, Armenian, Georgian or kana is indexed and queried in
 * each of its Latin readings ({@link NameNormalizer#readings}); the hit's explanation says which matched.
 */
public final class ScreeningIndex {

	static final int MAX_KEY_FREQUENCY = 1_500;
	static final int RESCORED = 24;

	/** A list hit: the party, the name of it that matched, the score and why. */
	public record Hit(ListedParty party, String matchedName, double score, String explanation) {
	}

	private final List<ListedParty> parties;
	private final List<Name> names;
	private final Map<String, int[]> keys;
	private final NameMatcher matcher;
	private final TokenWeights weights;

	private ScreeningIndex(List<ListedParty> parties, List<Name> names, Map<String, int[]> keys, NameMatcher matcher,
			TokenWeights weights) {
		this.parties = parties;
		this.names = names;
		this.keys = keys;
		this.matcher = matcher;
		this.weights = weights;
	}

	public static ScreeningIndex build(List<ListedParty> parties, MatchSettings settings) {
		return build(List.of(ListReadings.of(parties)), settings);
	}

	/**
	 * The index of several lists whose names are read already (in memory or from a saved index), in
	 * their order: the same index as {@link #build(List, MatchSettings)} of all their parties.
	 */
	public static ScreeningIndex build(Collection<ListReadings> lists, MatchSettings settings) {
		List<ListedParty> parties = new ArrayList<>();
		List<Name> names = new ArrayList<>();
		for (ListReadings list : lists) {
			int offset = parties.size();
			parties.addAll(list.parties());
			for (Name name : list.names()) {
				names.add(offset == 0 ? name : new Name(offset + name.party(), name.text(), name.reading()));
			}
		}
		TokenWeights weights = TokenWeights.from(names.stream().map(Name::tokens).toList(), settings);
		KeyPostings keys = new KeyPostings();
		for (int n = 0; n < names.size(); n++) {
			keys.add(n, names.get(n).tokens());
		}
		return new ScreeningIndex(List.copyOf(parties), List.copyOf(names), keys.build(), new NameMatcher(weights, settings),
				weights);
	}

	public int size() {
		return parties.size();
	}

	/** Whether a party with this list and entry id is on the loaded lists. */
	public boolean has(String list, String entryId) {
		for (ListedParty party : parties) {
			if (party.entryId().equals(entryId) && party.list().equals(list)) {
				return true;
			}
		}
		return false;
	}

	public int names() {
		return names.size();
	}

	public NameMatcher matcher() {
		return matcher;
	}

	/** The parties whose name matches {@code query} at or above the threshold, best first, one hit per party. */
	public List<Hit> screen(String query, int limit) {
		List<NameNormalizer.Reading> readings = NameNormalizer.readings(query);
		if (readings.get(0).tokens().isEmpty()) {
			return List.of();
		}
		Scratch scratch = SCRATCH.get().sized(names.size());
		List<String> queryKeys = new ArrayList<>();
		for (NameNormalizer.Reading reading : readings) {
			List<String> tokens = reading.tokens();
			double whole = 0;
			for (String token : tokens) {
				double w = weights.of(token);
				whole += w;
				queryKeys.clear();
				NameKeys.addTokenKeys(token, queryKeys);
				gather(queryKeys, w, scratch);
			}
			queryKeys.clear();
			NameKeys.addNameKeys(tokens, queryKeys);
			gather(queryKeys, whole, scratch);
		}
		int[] best = scratch.top(RESCORED * readings.size());
		Map<Integer, Hit> byParty = new HashMap<>();
		for (int n : best) {
			Name name = names.get(n);
			for (NameNormalizer.Reading reading : readings) {
				NameMatcher.Result r = matcher.compare(reading, name.reading());
				if (r.match()) {
					Hit hit = new Hit(parties.get(name.party()), name.text(), r.score(), r.explanation());
					byParty.merge(name.party(), hit, (a, b) -> a.score() >= b.score() ? a : b);
				}
			}
		}
		Hit[] hits = byParty.values().toArray(Hit[]::new);
		Arrays.sort(hits, (x, y) -> Double.compare(y.score(), x.score()));
		return List.of(hits).subList(0, Math.min(limit, hits.length));
	}

	private void gather(List<String> queryKeys, double weight, Scratch scratch) {
		for (String key : queryKeys) {
			int[] postings = keys.get(key);
			if (postings != null && postings.length <= MAX_KEY_FREQUENCY) {
				for (int n : postings) {
					scratch.add(n, weight);
				}
			}
		}
	}

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	/** Per-thread candidate scores over the names, reset only where touched. */
	private static final class Scratch {

		double[] score = new double[0];
		int[] touched = new int[64];
		int count;

		Scratch sized(int names) {
			if (score.length < names) {
				score = new double[names];
			}
			return this;
		}

		void add(int name, double weight) {
			if (score[name] == 0) {
				if (count == touched.length) {
					touched = Arrays.copyOf(touched, count * 2);
				}
				touched[count++] = name;
			}
			score[name] += weight;
		}

		/** The {@code k} best candidates, best first; resets the scratch. */
		int[] top(int k) {
			int[] best = new int[Math.min(k, count)];
			double[] bestScore = new double[best.length];
			int filled = 0;
			for (int i = 0; i < count; i++) {
				int n = touched[i];
				double s = score[n];
				score[n] = 0;
				if (filled < best.length || s > bestScore[filled - 1]) {
					int at = filled < best.length ? filled++ : filled - 1;
					while (at > 0 && bestScore[at - 1] < s) {
						best[at] = best[at - 1];
						bestScore[at] = bestScore[at - 1];
						at--;
					}
					best[at] = n;
					bestScore[at] = s;
				}
			}
			count = 0;
			return Arrays.copyOf(best, filled);
		}
	}
}
