package org.plenary.consensus;

/** Where a recorded position comes from. */
public enum Basis {
	/** Recorded by the PG's delegate in Plenary. */
	RECORDED,
	/** Taken from an official record (a public statement, an INFCIRC). */
	OFFICIAL_RECORD,
	/** Reconstructed from press reports, not from an official record. */
	PRESS_REPORT
}
