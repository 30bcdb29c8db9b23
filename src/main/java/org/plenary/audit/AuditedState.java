package org.plenary.audit;

import java.util.List;

/**
 * A module whose stored state can be re-derived from the entries it appends implements this, so
 * that verification replays the chain and compares: a row changed, added or removed behind the
 * platform's back shows up as a {@link Difference} naming the entry that recorded the true state.
 */
public interface AuditedState {

	/** A fresh replay for one verification. */
	Replay replay();

	/** One verification's replay: fed every entry in chain order, then compared with the stored state. */
	interface Replay {

		/** The next entry of the chain; entries of other modules are to be ignored. */
		void accept(AuditEntry entry);

		/** The next entries of the chain, in order (a replay may read them in parallel before applying them in order). */
		default void acceptAll(List<AuditEntry> entries) {
			entries.forEach(this::accept);
		}

		/** The differences between the replayed state and the stored one, after the last entry. */
		List<Difference> compare();
	}
}
