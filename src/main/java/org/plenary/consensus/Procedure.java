package org.plenary.consensus;

/**
 * How a proposal is decided: at a Plenary, where the Chair declares the outcome; or by an
 * intersessional silence procedure, decided automatically at its deadline. The silence procedure
 * is a configurable assumption, not documented NSG practice.
 */
public enum Procedure {
	PLENARY, SILENCE
}
