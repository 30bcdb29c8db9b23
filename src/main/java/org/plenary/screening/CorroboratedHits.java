package org.plenary.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.plenary.screening.lists.ScreeningIndex;
import org.plenary.screening.matching.Corroboration;
import org.plenary.screening.matching.MatchSettings;

/**
 * The list hits for a name, each raised or lowered by the party's country and date of birth where the
 * request and the list both give them ({@link Corroboration}), after the name matcher has scored the
 * name alone: a hit whose corroborated score falls below the threshold is left out, and the rest are
 * ranked by it. A name that does not match on its own is never made a hit by a country or a date.
 */
final class CorroboratedHits {

	/** Hits asked of the index beyond the limit, so that hits a date or a country lowers out leave room for others. */
	private static final int SPARE = 10;

	private CorroboratedHits() {
	}

	static List<Screening.ListHit> of(ScreeningIndex index, String name, Corroboration.Evidence evidence, int limit) {
		if (evidence.isEmpty()) {
			return index.screen(name, limit).stream().map(h -> new Screening.ListHit(h.party().list(), h.party().entryId(),
					h.matchedName(), round(h.score()), h.explanation(), null, List.of())).toList();
		}
		MatchSettings settings = index.matcher().settings();
		Corroboration corroboration = new Corroboration(settings);
		List<Scored> scored = new ArrayList<>();
		for (ScreeningIndex.Hit h : index.screen(name, limit + SPARE)) {
			Corroboration.Result result = corroboration.weigh(evidence, h.party().countries(), h.party().birthDates());
			double score = Corroboration.apply(h.score(), result);
			if (score >= settings.threshold()) {
				scored.add(new Scored(h, score, result));
			}
		}
		// Equal scores (two identical names, both at 1) rank the better corroborated first.
		scored.sort(Comparator.comparingDouble(Scored::score).thenComparingDouble(s -> s.result().adjustment()).reversed());
		return scored.stream().limit(limit).map(Scored::listHit).toList();
	}

	private record Scored(ScreeningIndex.Hit hit, double score, Corroboration.Result result) {

		Screening.ListHit listHit() {
			StringBuilder why = new StringBuilder(hit.explanation());
			result.notes().forEach(note -> why.append("; ").append(note.text()));
			return new Screening.ListHit(hit.party().list(), hit.party().entryId(), hit.matchedName(), round(score), why.toString(),
					round(hit.score()), result.notes());
		}
	}

	private static double round(double score) {
		return Math.round(score * 10_000) / 10_000.0;
	}
}
