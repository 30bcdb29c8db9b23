package org.plenary.screening.consultations;

import java.util.Map;

import org.plenary.shared.Audited;

/**
 * The consulting PG opened a consultation with the denying PG about one of its denials ({@code about}:
 * the consultation's subject line).
 */
public record ConsultationOpened(String actor, long id, long denialId, String about) implements Audited {

	@Override
	public String action() {
		return "consultation.opened";
	}

	@Override
	public String subject() {
		return "consultation/" + id;
	}

	@Override
	public Object details() {
		return Map.of("denialId", denialId, "subject", about);
	}
}
