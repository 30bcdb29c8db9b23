package org.plenary.consensus;

/** A PG's position on a proposal. A PG that has recorded none is silent. */
public enum Position {
	SUPPORT,
	NO_OBJECTION,
	/** Not yet able to join consensus: holds the decision open. */
	RESERVATION,
	/** Blocks consensus. */
	OBJECTION
}
