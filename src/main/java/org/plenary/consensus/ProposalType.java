package org.plenary.consensus;

/** What a proposal asks the PGs to decide. */
public enum ProposalType {
	/** Admit a state as a Participating Government (subject: the state). */
	ADMIT_PARTICIPANT,
	/** Adopt a state-specific exception to the Guidelines (payload: {@link ExceptionPayload}). */
	ADOPT_EXCEPTION,
	AMEND_GUIDELINES,
	ADOPT_STATEMENT
}
