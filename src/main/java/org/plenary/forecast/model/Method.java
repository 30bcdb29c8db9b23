package org.plenary.forecast.model;

/** How the probability of consensus is computed. */
public enum Method {
	/** {@link #EXACT} when the bloc structure is small enough, otherwise {@link #MONTE_CARLO}. */
	AUTO,
	/** Exact integration over the bloc states. */
	EXACT,
	/** Sampling of the bloc states, with a standard error. */
	MONTE_CARLO
}
