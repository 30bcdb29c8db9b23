package org.plenary.screening.consultations;

import org.plenary.shared.Audited;

/** The consulting PG recorded its decision on the transfer it consulted about. */
public record ConsultationDecided(String actor, long id, Consultations.Decide decision) implements Audited {

	@Override
	public String action() {
		return "consultation.decided";
	}

	@Override
	public String subject() {
		return "consultation/" + id;
	}

	@Override
	public Object details() {
		return decision;
	}
}
