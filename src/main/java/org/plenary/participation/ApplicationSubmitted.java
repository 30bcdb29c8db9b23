package org.plenary.participation;

import org.plenary.shared.Audited;

/** An applicant government applied for participation: application {@code applicationId}, as {@code application} says. */
public record ApplicationSubmitted(String actor, long applicationId, Apply application) implements Audited {

	@Override
	public String action() {
		return "application.submitted";
	}

	@Override
	public String subject() {
		return "application/" + applicationId;
	}

	@Override
	public Object details() {
		return application;
	}
}
