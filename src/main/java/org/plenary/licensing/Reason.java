package org.plenary.licensing;

/**
 * One reason for a decision: a stable code, the paragraph (or document) in force that it rests on, and words.
 * {@code refNote}, when present, says what is in doubt about the revision cited (for example that it took
 * effect on a day known only as a range); null otherwise.
 */
public record Reason(String code, String ref, String text, String refNote) {

	public Reason(String code, String ref, String text) {
		this(code, ref, text, null);
	}

	/** The same reason with a note on the revision it cites. */
	public Reason withRefNote(String note) {
		return new Reason(code, ref, text, note);
	}
}
