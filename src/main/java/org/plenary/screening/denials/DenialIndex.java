package org.plenary.screening.denials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.Transfer;
import org.plenary.screening.matching.NameKeys;
import org.plenary.screening.matching.NameMatcher;
import org.plenary.screening.matching.NameNormalizer;
import org.plenary.shared.ControlList;

/**
 * The active denials in memory, by destination and list entry, each end-user name already
 * normalised, so that finding the denials that match a transfer compares only the few denials of the
 * same destination and entry. Immutable; rebuilt and swapped whole when a denial changes.
 */
final class DenialIndex {

	private record Indexed(Denial denial, List<List<String>> names, List<String> texts) {
	}

	/** The denials of one destination and entry, keyed by the tokens and skeletons of their names. */
	private record Bucket(List<Indexed> denials, Map<String, int[]> keys) {

		static Bucket of(List<Indexed> denials) {
			Map<String, List<Integer>> keys = new HashMap<>();
			for (int i = 0; i < denials.size(); i++) {
				for (List<String> name : denials.get(i).names()) {
					for (String key : NameKeys.keysOf(name)) {
						List<Integer> postings = keys.computeIfAbsent(key, k -> new ArrayList<>());
						if (postings.isEmpty() || postings.get(postings.size() - 1) != i) {
							postings.add(i);
						}
					}
				}
			}
			Map<String, int[]> arrays = new HashMap<>();
			keys.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
			return new Bucket(List.copyOf(denials), arrays);
		}

		/**
		 * The denials worth scoring: those sharing a distinctive key (one that fewer than a tenth of the
		 * bucket has) with the query; all of them when the query has no distinctive key here.
		 */
		List<Indexed> candidates(List<List<String>> queries) {
			int cap = Math.max(8, denials.size() / 10);
			java.util.BitSet chosen = new java.util.BitSet(denials.size());
			boolean distinctive = false;
			for (List<String> query : queries) {
				for (String key : NameKeys.keysOf(query)) {
					int[] postings = keys.get(key);
					if (postings != null && postings.length <= cap) {
						distinctive = true;
						for (int i : postings) {
							chosen.set(i);
						}
					}
				}
			}
			if (!distinctive) {
				return denials;
			}
			List<Indexed> result = new ArrayList<>(chosen.cardinality());
			chosen.stream().forEach(i -> result.add(denials.get(i)));
			return result;
		}
	}

	private final Map<String, Bucket> byKey;
	private final int size;

	private DenialIndex(Map<String, Bucket> byKey, int size) {
		this.byKey = byKey;
		this.size = size;
	}

	static DenialIndex of(List<Denial> denials) {
		Map<String, List<Indexed>> byKey = new HashMap<>();
		for (Denial d : denials) {
			List<String> texts = new ArrayList<>();
			texts.add(d.endUserName());
			texts.addAll(d.aliases());
			List<List<String>> names = texts.stream().map(NameNormalizer::tokens).toList();
			byKey.computeIfAbsent(key(d.destination(), d.list(), d.entry()), k -> new ArrayList<>())
				.add(new Indexed(d, names, texts));
		}
		Map<String, Bucket> buckets = new HashMap<>();
		byKey.forEach((k, v) -> buckets.put(k, Bucket.of(v)));
		return new DenialIndex(buckets, denials.size());
	}

	int size() {
		return size;
	}

	/**
	 * The denials that make {@code t} essentially identical to a denied transfer: by another PG than
	 * the supplier, counting on the transfer's date, same destination, same entry (a catch-all denial
	 * for an unlisted item), an end-user name that matches; minus pairs the judging government's officers judged different.
	 */
	List<DenialMatch> find(Transfer t, NameMatcher matcher, Set<String> judgedDifferent, String judgingGovernment) {
		if (t.endUser() == null || t.endUser().name() == null || t.recipient() == null || t.item() == null) {
			return List.of();
		}
		Bucket bucket = byKey.get(key(t.recipient(), t.item().list(), t.item().entry()));
		if (bucket == null) {
			return List.of();
		}
		List<String> queries = new ArrayList<>();
		queries.add(t.endUser().name());
		if (t.endUser().aliases() != null) {
			queries.addAll(t.endUser().aliases());
		}
		List<List<String>> queryTokens = queries.stream().map(NameNormalizer::tokens).toList();
		List<Indexed> candidates = bucket.candidates(queryTokens);
		List<DenialMatch> matches = new ArrayList<>();
		for (Indexed c : candidates) {
			Denial d = c.denial();
			if (d.notifyingPg().equals(t.supplier()) || !d.countsOn(t.date()) || judgedDifferent.contains(
					judgingGovernment + "|" + JudgementKey.of(t.endUser().name(), "denial:" + d.id()))) {
				continue;
			}
			DenialMatch best = best(d, c, queries, queryTokens, matcher);
			if (best != null) {
				matches.add(best);
			}
		}
		matches.sort(Comparator.comparingDouble(DenialMatch::score).reversed());
		return matches;
	}

	private static DenialMatch best(Denial d, Indexed c, List<String> queries, List<List<String>> queryTokens,
			NameMatcher matcher) {
		NameMatcher.Result best = null;
		String bestQuery = null, bestName = null;
		for (int q = 0; q < queries.size(); q++) {
			String query = queries.get(q);
			List<String> tokens = queryTokens.get(q);
			for (int i = 0; i < c.names().size(); i++) {
				NameMatcher.Result r = matcher.compare(tokens, c.names().get(i));
				if (r.match() && (best == null || r.score() > best.score())) {
					best = r;
					bestQuery = query;
					bestName = c.texts().get(i);
				}
			}
		}
		if (best == null) {
			return null;
		}
		String explanation = "'" + bestQuery + "' matched '" + bestName + "' (" + best.explanation() + "); same destination "
				+ d.destination() + " and " + (d.list() == ControlList.UNLISTED ? "a catch-all denial for an unlisted item"
						: "the same entry " + d.list() + " " + d.entry());
		return new DenialMatch(d.id(), d.notifyingPg(), d.reference(), d.deniedOn(),
				d.list() == ControlList.UNLISTED ? "catch-all" : d.list() + " " + d.entry(), d.destination(), d.endUserName(),
				bestName, Math.round(best.score() * 10_000) / 10_000.0, explanation);
	}

	private static String key(String destination, ControlList list, String entry) {
		return destination.toUpperCase(Locale.ROOT) + "|" + list + "|" + (list == ControlList.UNLISTED || entry == null ? "" : entry);
	}

}
