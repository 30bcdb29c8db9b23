package org.plenary.participation;

/** Where an application stands. */
public enum ApplicationStatus {
	/** Received; not yet before the PGs. */
	SUBMITTED,
	/** Turned into an admission proposal; not (yet) adopted. */
	UNDER_CONSIDERATION,
	/** Admitted by consensus. */
	ADMITTED
}
