package org.plenary.participation;

/** How an applicant stands against one criterion on a date. */
public enum AssessmentStatus {
	MET, NOT_MET, PARTIAL, UNKNOWN
}
