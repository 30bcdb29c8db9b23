package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.ControlList;

/**
 * One line of {@code renumbering.csv}: from the day {@code on}, the entry {@code from} of
 * {@code fromRevision} reads as the entry or entries {@code to} of {@code toRevision}. A licence or a
 * denial under the old number reads under the new one.
 */
public record Renumbering(ControlList list, String from, List<String> to, String fromRevision, String toRevision,
		LocalDate on, String source, boolean verified, String note) {

	public Renumbering {
		to = List.copyOf(to);
	}

	/** What a reader is told, e.g. {@code entry 3.5 of INFCIRC/254/Rev.11/Part 1 reads as 7.2.1 in INFCIRC/254/Rev.12/Part 1}. */
	public String text() {
		return "entry " + from + " of " + fromRevision + " reads as " + String.join(" or ", to) + " in " + toRevision;
	}
}
