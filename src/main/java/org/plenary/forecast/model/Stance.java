package org.plenary.forecast.model;

/**
 * A PG's probabilities, at the decision, of holding {@code OBJECTION} and of holding
 * {@code RESERVATION}. Either blocks adoption; the rest is the probability that it joins consensus.
 */
public record Stance(double pObject, double pReserve) {

	public static final Stance JOINS = new Stance(0, 0);

	public Stance {
		if (!(pObject >= 0 && pObject <= 1) || !(pReserve >= 0 && pReserve <= 1) || pObject + pReserve > 1 + 1e-12) {
			throw new IllegalArgumentException("pObject and pReserve must each be in [0, 1] and sum to at most 1 (got "
					+ pObject + " and " + pReserve + ")");
		}
	}

	/** The probability that this PG blocks adoption (objects or reserves). */
	public double pBlock() {
		return Math.min(1, pObject + pReserve);
	}
}
