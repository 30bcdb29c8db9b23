package org.plenary.shared;

/**
 * A past-tense domain event that the audit chain records. A module publishes it inside the
 * transaction of the change it describes; the audit module's listener appends it to the chain in the
 * same transaction, so the entry exists if and only if the change was committed. The audit module
 * knows this interface and nothing of the module that published the event.
 */
public interface Audited {

	/** Who did it: an account name, or {@code system}. */
	String actor();

	/** What was done, dotted and past tense, e.g. {@code proposal.tabled}. */
	String action();

	/** What it was done to, e.g. {@code proposal/12}. */
	String subject();

	/** The data the entry stores as JSON (usually the command as it was applied). */
	Object details();
}
