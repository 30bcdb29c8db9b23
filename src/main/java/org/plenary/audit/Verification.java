package org.plenary.audit;

import java.util.List;

/**
 * The result of checking a chain: {@code valid} and the number of entries checked, or the first
 * broken entry and what is wrong with it; and, for a chain checked in the database, each
 * difference between the state the entries record and the state stored ({@code differences},
 * absent when there is none).
 */
public record Verification(boolean valid, long events, BrokenEntry firstBroken, List<Difference> differences) {

	/** Where the chain breaks: the entry's sequence number and the reason. */
	public record BrokenEntry(long seq, String reason) {
	}

	public Verification(boolean valid, long events, BrokenEntry firstBroken) {
		this(valid, events, firstBroken, null);
	}

	static Verification ok(long events) {
		return new Verification(true, events, null);
	}

	static Verification broken(long events, long seq, String reason) {
		return new Verification(false, events, new BrokenEntry(seq, reason));
	}

	/** This verdict with the derived-state check's differences: any difference makes it invalid. */
	Verification with(List<Difference> found) {
		if (found.isEmpty()) {
			return this;
		}
		return new Verification(false, events, firstBroken, List.copyOf(found));
	}
}
