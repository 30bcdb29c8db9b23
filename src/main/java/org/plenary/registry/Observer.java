package org.plenary.registry;

import java.util.List;

import org.plenary.shared.Citation;
import org.plenary.shared.Citations;

/** A permanent observer of the NSG (not a state), with its source. */
public record Observer(String name, String since, String source, boolean verified, String note) {

	/** The sources as a reader sees them. */
	public List<Citation> citations() {
		return Citations.shipped().cite(source);
	}

	/** The note as a reader may see it. */
	public String shownNote() {
		return Citations.readerNote(note, verified);
	}
}
