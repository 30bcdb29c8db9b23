package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;

/**
 * A revision of one Part of the Guidelines (INFCIRC/254/Rev.N/Part P). {@code validFrom} is the day it is
 * cited from; when the day it took effect is not known exactly, {@code earliest} and {@code latest} hold
 * the range the evidence allows (both null when the day is known). {@code issued} is the date the IAEA
 * gave the document, as printed on it (a day or a month), when it was read. {@code source} holds the
 * cited titles, {@code citations} each with its address.
 */
public record Revision(String document, int part, String revision, LocalDate validFrom, LocalDate earliest,
		LocalDate latest, String issued, String source, boolean verified, String note, List<Citation> citations) {

	/** A revision whose day of taking effect is known. */
	public Revision(String document, int part, String revision, LocalDate validFrom, String source, boolean verified,
			String note, List<Citation> citations) {
		this(document, part, revision, validFrom, null, null, null, source, verified, note, citations);
	}

	/** Whether the day it took effect is known only as a range. */
	public boolean ranged() {
		return earliest != null && latest != null;
	}

	/** The revision's number: 0 for the original INFCIRC/254, N for Rev.N. */
	public int number() {
		return revision.startsWith("Rev.") ? Integer.parseInt(revision.substring(4)) : 0;
	}

	/** When it took effect, in words: the day, or the range and the day it is cited from. */
	public String when() {
		if (!ranged()) {
			return validFrom.toString();
		}
		return "between " + earliest + " and " + latest + " (cited from " + validFrom + ")";
	}
}
