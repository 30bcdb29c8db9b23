package org.plenary.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.Transfer;
import org.plenary.shared.ControlList;

/**
 * The active denials in memory, by destination and list entry, each end-user name already
 * normalised, so that finding the denials that match a transfer compares only the few denials of the
 * same destination and entry. Immutable; rebuilt and swapped whole when a denial changes.
 */
final class DenialIndex {

	private record Indexed(Denial denial, List<List<String>> names, List<String> texts) {
	}

	private final Map<String, List<Indexed>> byKey;
	private final int size;

	private DenialIndex(Map<String, List<Indexed>> byKey, int size) {
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
		return new DenialIndex(byKey, denials.size());
	}

	int size() {
		return size;
	}

	/**
	 * The denials that make {@code t} essentially identical to a denied transfer: by another PG than
	 * the supplier, counting on the transfer's date, same destination, same entry (a catch-all denial
	 * for an unlisted item), an end-user name that matches; minus pairs a reviewer judged different.
	 */
	List<DenialMatch> find(Transfer t, NameMatcher matcher, Set<String> judgedDifferent) {
		if (t.endUser() == null || t.endUser().name() == null || t.recipient() == null || t.item() == null) {
			return List.of();
		}
		List<Indexed> candidates = byKey.get(key(t.recipient(), t.item().list(), t.item().entry()));
		if (candidates == null) {
			return List.of();
		}
		List<String> queries = new ArrayList<>();
		queries.add(t.endUser().name());
		if (t.endUser().aliases() != null) {
			queries.addAll(t.endUser().aliases());
		}
		List<DenialMatch> matches = new ArrayList<>();
		for (Indexed c : candidates) {
			Denial d = c.denial();
			if (d.notifyingPg().equals(t.supplier()) || !d.countsOn(t.date()) || judgedDifferent.contains(
					JudgementKey.of(t.endUser().name(), "denial:" + d.id()))) {
				continue;
			}
			DenialMatch best = best(t, d, c, queries, matcher);
			if (best != null) {
				matches.add(best);
			}
		}
		matches.sort(Comparator.comparingDouble(DenialMatch::score).reversed());
		return matches;
	}

	private static DenialMatch best(Transfer t, Denial d, Indexed c, List<String> queries, NameMatcher matcher) {
		NameMatcher.Result best = null;
		String bestQuery = null, bestName = null;
		for (String query : queries) {
			List<String> tokens = NameNormalizer.tokens(query);
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
