package org.plenary.screening.denials;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.plenary.guidelines.Guidelines;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.DenialMatches;
import org.plenary.licensing.Transfer;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.NameMatcher;
import org.plenary.screening.matching.NameNormalizer;

/**
 * A denial register held in memory from denials handed in whole (a stream application builds it from
 * the externalized denial topic): the same index and the same matching as the web application's
 * {@link Denials}, without a database. Reviewers' judgements are not part of it, so every other PG's
 * active denial counts, as for the operator of the batch commands on a database without judgements.
 * Immutable; build a new one when a denial changes.
 */
@org.springframework.modulith.NamedInterface("denials")
public final class DenialSnapshot implements DenialMatches {

	/** The list name a denial hit carries in screening output. */
	public static final String LIST = "PLENARY-DENIALS";

	private final List<Denial> active;
	private final DenialIndex index;
	private final Screening screening;

	private DenialSnapshot(List<Denial> active, DenialIndex index, Screening screening) {
		this.active = active;
		this.index = index;
		this.screening = screening;
	}

	/**
	 * The snapshot of {@code denials} (any status: only ACTIVE ones are indexed), entries read through
	 * {@code guidelines}' renumbering, names compared with {@code screening}'s matcher.
	 */
	public static DenialSnapshot of(Collection<Denial> denials, Guidelines guidelines, Screening screening) {
		List<Denial> active = denials.stream().filter(d -> DenialAggregate.ACTIVE.equals(d.status()))
			.sorted(Comparator.comparingLong(Denial::id)).toList();
		return new DenialSnapshot(active, DenialIndex.of(active, new GuidelineEntries(guidelines)), screening);
	}

	public int size() {
		return index.size();
	}

	@Override
	public List<DenialMatch> find(Transfer transfer, String judgingGovernment) {
		return index.find(transfer, screening::matcher, Set.of(), judgingGovernment);
	}

	/**
	 * The active denials whose end user (or an alias) matches {@code name}, best first, as screening
	 * hits; only denials to {@code country} when it is given.
	 */
	public List<Screening.ListHit> screen(String name, String country, int limit) {
		if (active.isEmpty() || name == null || name.isBlank()) {
			return List.of();
		}
		NameMatcher matcher = screening.matcher();
		List<String> query = NameNormalizer.tokens(name);
		List<Screening.ListHit> hits = new ArrayList<>();
		for (Denial d : active) {
			if (country != null && !country.isBlank() && !d.destination().equalsIgnoreCase(country.strip().toUpperCase(Locale.ROOT))) {
				continue;
			}
			Screening.ListHit best = null;
			List<String> names = new ArrayList<>();
			names.add(d.endUserName());
			names.addAll(d.aliases());
			for (String denied : names) {
				NameMatcher.Result r = matcher.compare(query, NameNormalizer.tokens(denied));
				if (r.match() && (best == null || r.score() > best.score())) {
					best = new Screening.ListHit(LIST, String.valueOf(d.id()), denied, Math.round(r.score() * 10_000) / 10_000.0,
							r.explanation() + "; denial " + d.id() + " by " + d.notifyingPg() + " to " + d.destination(), null, List.of());
				}
			}
			if (best != null) {
				hits.add(best);
			}
		}
		hits.sort(Comparator.comparingDouble(Screening.ListHit::score).reversed());
		return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
	}
}
