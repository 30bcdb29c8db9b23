package org.plenary.licensing;

/** The decision on a transfer. */
public enum Outcome {
	/** Authorise, with the conditions the Guidelines attach. */
	APPROVE,
	DENY,
	/** Another PG's active denial matches an essentially identical transfer: consult it before approving. */
	CONSULT,
	/** The Guidelines leave it to judgement: the reasons say what to weigh. */
	REFER
}
