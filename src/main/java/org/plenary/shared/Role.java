package org.plenary.shared;

/** What an account may do in Plenary. */
public enum Role {

	/** Tables proposals, runs Plenaries and silence procedures, declares outcomes. Acts for the Group. */
	CHAIR,
	/** A Participating Government's delegate: records that government's positions. */
	DELEGATE,
	/** A Participating Government's licensing officer: assesses transfers, notifies denials, consults. */
	OFFICER,
	/** An applicant government: follows its own application. */
	APPLICANT,
	/** Reads the public record and runs forecasts. */
	ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}
}
