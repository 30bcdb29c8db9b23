package org.plenary.guidelines;

/**
 * A number that cannot be read as a control-list entry on a day: not on the list then, a group
 * rather than an entry, or an old number split into several. The message says what to name instead.
 */
public class UnknownEntryException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UnknownEntryException(String message) {
		super(message);
	}
}
