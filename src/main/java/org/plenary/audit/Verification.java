package org.plenary.audit;

/**
 * The result of checking a chain: {@code valid} and the number of entries checked, or the first
 * broken entry and what is wrong with it.
 */
public record Verification(boolean valid, long events, BrokenEntry firstBroken) {

	/** Where the chain breaks: the entry's sequence number and the reason. */
	public record BrokenEntry(long seq, String reason) {
	}

	static Verification ok(long events) {
		return new Verification(true, events, null);
	}

	static Verification broken(long events, long seq, String reason) {
		return new Verification(false, events, new BrokenEntry(seq, reason));
	}
}
