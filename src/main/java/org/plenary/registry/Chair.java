package org.plenary.registry;

import java.util.List;

import org.plenary.shared.Citation;
import org.plenary.shared.Citations;

/**
 * An NSG chairmanship: its term, the chairing state, the person where known, and the Plenary it hosted;
 * {@code note} says what is not confirmed.
 */
public record Chair(String term, String state, String chair, String plenary, String source, boolean verified,
		String note) {

	/** The sources as a reader sees them. */
	public List<Citation> citations() {
		return Citations.shipped().cite(source);
	}

	/** The note as a reader may see it. */
	public String shownNote() {
		return Citations.readerNote(note, verified);
	}
}
