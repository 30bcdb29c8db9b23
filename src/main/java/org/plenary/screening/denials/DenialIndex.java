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
import org.plenary.screening.matching.KeyPostings;
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

	/** A denial with every reading of its end-user names (a name in another script has several), each beside the name it reads. */
	private record Indexed(Denial denial, List<List<String>> names, List<NameNormalizer.Reading> readings, List<String> texts) {
	}

	/** The denials of one destination and entry, keyed by the tokens and skeletons of their names. */
	private record Bucket(List<Indexed> denials, Map<String, int[]> keys) {

		static Bucket of(List<Indexed> denials) {
			KeyPostings postings = new KeyPostings();
			for (int i = 0; i < denials.size(); i++) {
				for (List<String> name : denials.get(i).names()) {
					postings.add(i, name);
				}
			}
			return new Bucket(List.copyOf(denials), postings.build());
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
	private final DenialPolicy.Entries entries;

	private DenialIndex(Map<String, Bucket> byKey, int size, DenialPolicy.Entries entries) {
		this.byKey = byKey;
		this.size = size;
		this.entries = entries;
	}

	/**
	 * The index of {@code denials}, each under the newest number of the entry it names, so that a
	 * denial under an old number and a transfer under the new one (or the reverse) meet.
	 */
	static DenialIndex of(List<Denial> denials, DenialPolicy.Entries entries) {
		Map<String, List<Indexed>> byKey = new HashMap<>();
		for (Denial d : denials) {
			List<String> texts = new ArrayList<>();
			texts.add(d.endUserName());
			texts.addAll(d.aliases());
			List<NameNormalizer.Reading> names = new ArrayList<>();
			List<String> readTexts = new ArrayList<>();
			for (String text : texts) {
				for (NameNormalizer.Reading reading : NameNormalizer.readings(text)) {
					names.add(reading);
					readTexts.add(text);
				}
			}
			byKey.computeIfAbsent(key(d.destination(), d.list(), d.entry(), entries), k -> new ArrayList<>())
				.add(new Indexed(d, names.stream().map(NameNormalizer.Reading::tokens).toList(), names, readTexts));
		}
		Map<String, Bucket> buckets = new HashMap<>();
		byKey.forEach((k, v) -> buckets.put(k, Bucket.of(v)));
		return new DenialIndex(buckets, denials.size(), entries);
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
		return find(t, () -> matcher, judgedDifferent, judgingGovernment);
	}

	/**
	 * The denials an essentially identical transfer would match; the name matcher (which needs the
	 * screening lists loaded) is asked for only when a denial of the same destination and entry exists.
	 */
	List<DenialMatch> find(Transfer t, java.util.function.Supplier<NameMatcher> matchers, Set<String> judgedDifferent,
			String judgingGovernment) {
		if (t.endUser() == null || t.endUser().name() == null || t.recipient() == null || t.item() == null) {
			return List.of();
		}
		Bucket bucket = byKey.get(key(t.recipient(), t.item().list(), t.item().entry(), entries));
		if (bucket == null) {
			return List.of();
		}
		List<String> queries = new ArrayList<>();
		List<NameNormalizer.Reading> queryReadings = new ArrayList<>();
		for (String query : queries(t)) {
			for (NameNormalizer.Reading reading : NameNormalizer.readings(query)) {
				queries.add(query);
				queryReadings.add(reading);
			}
		}
		List<List<String>> queryTokens = queryReadings.stream().map(NameNormalizer.Reading::tokens).toList();
		NameMatcher matcher = matchers.get();
		List<DenialMatch> matches = new ArrayList<>();
		for (Indexed c : bucket.candidates(queryTokens)) {
			if (!applies(c.denial(), t, judgedDifferent, judgingGovernment)) {
				continue;
			}
			NamePair best = best(c, queries, queryReadings, matcher);
			if (best != null) {
				matches.add(best.match(c.denial(), entries));
			}
		}
		matches.sort(Comparator.comparingDouble(DenialMatch::score).reversed());
		return matches;
	}

	/** The transfer's end-user name, then its aliases. */
	private static List<String> queries(Transfer t) {
		List<String> queries = new ArrayList<>();
		queries.add(t.endUser().name());
		if (t.endUser().aliases() != null) {
			queries.addAll(t.endUser().aliases());
		}
		return queries;
	}

	/** Whether the denial may bind the transfer: another PG's, counting on its date, not judged a different party. */
	private static boolean applies(Denial d, Transfer t, Set<String> judgedDifferent, String judgingGovernment) {
		return !d.notifyingPg().equals(t.supplier()) && d.countsOn(t.date()) && !judgedDifferent.contains(
				judgingGovernment + "|" + JudgementKey.of(t.endUser().name(), "denial:" + d.id()));
	}

	/** The best-scoring match between a name of the transfer and a name of the denial; null when none matches. */
	private static NamePair best(Indexed c, List<String> queries, List<NameNormalizer.Reading> queryReadings, NameMatcher matcher) {
		NamePair best = null;
		for (int q = 0; q < queries.size(); q++) {
			for (int i = 0; i < c.names().size(); i++) {
				NameMatcher.Result r = matcher.compare(queryReadings.get(q), c.readings().get(i));
				if (r.match() && (best == null || r.score() > best.result().score())) {
					best = new NamePair(queries.get(q), c.texts().get(i), r);
				}
			}
		}
		return best;
	}

	/** A name of the transfer, the denial's name it matched, and how. */
	private record NamePair(String query, String name, NameMatcher.Result result) {

		DenialMatch match(Denial d, DenialPolicy.Entries entries) {
			String current = d.list() == ControlList.UNLISTED ? null : entries.current(d.list(), d.entry());
			String renumbered = current == null || current.equals(d.entry()) ? "" : " (renumbered " + current + ")";
			String explanation = "'" + query + "' matched '" + name + "' (" + result.explanation() + "); same destination "
					+ d.destination() + " and " + (d.list() == ControlList.UNLISTED ? "a catch-all denial for an unlisted item"
							: "the same entry " + d.list() + " " + d.entry() + renumbered);
			return new DenialMatch(d.id(), d.notifyingPg(), d.reference(), d.deniedOn(),
					d.list() == ControlList.UNLISTED ? "catch-all" : d.list() + " " + d.entry(), d.destination(), d.endUserName(),
					name, Math.round(result.score() * 10_000) / 10_000.0, explanation);
		}
	}

	/** Destination, list and the newest number of the entry: a denial matches only the entry it names, not its group or siblings. */
	private static String key(String destination, ControlList list, String entry, DenialPolicy.Entries entries) {
		return destination.toUpperCase(Locale.ROOT) + "|" + list + "|"
				+ (list == ControlList.UNLISTED || entry == null ? "" : entries.current(list, entry));
	}

}
