package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader should know about the revision cited on a date when the evidence leaves doubt: the cited
 * revision's start is known only as a range, the next revision may already have been in force, or
 * revisions came in between whose dates are not confirmed.
 */
final class RevisionNotes {

	private RevisionNotes() {
	}

	/** The note for the revision of one Part cited on {@code date}, or null when there is no doubt. */
	static String note(List<Revision> ofPart, LocalDate date) {
		int cited = -1;
		for (int i = 0; i < ofPart.size(); i++) {
			if (!ofPart.get(i).validFrom().isAfter(date)) {
				cited = i;
			}
		}
		if (cited < 0) {
			return null;
		}
		Revision r = ofPart.get(cited);
		Revision next = cited + 1 < ofPart.size() ? ofPart.get(cited + 1) : null;
		List<String> notes = new ArrayList<>(3);
		if (r.ranged() && date.isBefore(r.latest())) {
			notes.add(r.document() + " took effect between " + r.earliest() + " and " + r.latest() + " (day not known); cited from "
					+ r.validFrom() + ".");
		}
		if (next != null && next.ranged() && !date.isBefore(next.earliest())) {
			notes.add(next.document() + " may already have been in force: it took effect between " + next.earliest() + " and "
					+ next.latest() + " and is cited from " + next.validFrom() + ".");
		}
		if (next != null && next.number() > r.number() + 1) {
			notes.add(between(r, next) + " came between " + r.document() + " and " + next.revision()
					+ " on dates not confirmed; " + r.revision() + " is the last confirmed in force.");
		}
		return notes.isEmpty() ? null : String.join(" ", notes);
	}

	private static String between(Revision r, Revision next) {
		int first = r.number() + 1;
		int last = next.number() - 1;
		return first == last ? "Rev." + first : "Rev." + first + " to Rev." + last;
	}
}
