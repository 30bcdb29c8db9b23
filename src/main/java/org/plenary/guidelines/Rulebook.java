package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.plenary.shared.ControlList;

/**
 * The Guidelines as they stood on one day: which paragraphs were in force, how to cite each (the
 * document, revision and paragraph in force that day), and the control-list entries of that day.
 * Immutable; built once per date and cached, sharing its texts with every day until the next change.
 */
public final class Rulebook {

	private final LocalDate date;
	private final Map<String, Paragraph> paragraphs;
	private final Map<String, String> refs;
	private final Map<String, String> refNotes;
	private final Map<String, ControlListEntry> entries;
	private final Map<Integer, String> documents;

	Rulebook(LocalDate date, Epochs.Texts texts, Map<String, String> refNotes) {
		this.date = date;
		this.paragraphs = texts.paragraphs();
		this.refs = texts.refs();
		this.refNotes = refNotes.isEmpty() ? Map.of() : Map.copyOf(refNotes);
		this.entries = texts.entries();
		this.documents = texts.documents();
	}

	/** The revision of a Part in force that day, e.g. {@code INFCIRC/254/Rev.11/Part 2}. */
	public String document(int part) {
		return documents.get(part);
	}

	public LocalDate date() {
		return date;
	}

	/** Whether the paragraph with this id was in force on the day. */
	public boolean has(String paragraphId) {
		return paragraphs.containsKey(paragraphId);
	}

	/** The citation of a paragraph in force, e.g. {@code INFCIRC/254/Rev.10/Part 1 para 6(a)(i)}. */
	public String ref(String paragraphId) {
		String ref = refs.get(paragraphId);
		if (ref == null) {
			throw new IllegalArgumentException("paragraph " + paragraphId + " was not in force on " + date);
		}
		return ref;
	}

	/**
	 * What a reader should know about a citation of that day when the revision in force is in doubt (its
	 * start known only as a range, or revisions in between not dated), or null.
	 */
	public String refNote(String ref) {
		return ref == null ? null : refNotes.get(ref);
	}

	/** The paragraph a citation of that day points to, if it is one of the Guidelines' paragraphs. */
	public Optional<Paragraph> cited(String ref) {
		return refs.entrySet().stream().filter(e -> e.getValue().equals(ref)).map(e -> paragraphs.get(e.getKey())).findFirst();
	}


	/** The control-list entry of that day, if the list had it. */
	public Optional<ControlListEntry> entry(ControlList list, String entry) {
		return Optional.ofNullable(entries.get(list.name() + ":" + entry));
	}
}
