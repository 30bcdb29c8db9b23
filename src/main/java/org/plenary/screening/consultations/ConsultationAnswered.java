package org.plenary.screening.consultations;

import org.plenary.shared.Audited;

/** The denying PG answered a consultation (MAINTAIN, WITHDRAW or INFORMATION). */
public record ConsultationAnswered(String actor, long id, Consultations.Reply reply) implements Audited {

	@Override
	public String action() {
		return "consultation.answered";
	}

	@Override
	public String subject() {
		return "consultation/" + id;
	}

	@Override
	public Object details() {
		return reply;
	}
}
