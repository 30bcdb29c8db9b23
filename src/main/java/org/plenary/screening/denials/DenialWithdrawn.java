package org.plenary.screening.denials;

import java.util.Map;

/** The denying government withdrew its denial in answer to a consultation: it stops matching. */
public record DenialWithdrawn(String actor, long id) implements DenialEvent {

	@Override
	public String action() {
		return "denial.withdrawn";
	}

	@Override
	public Object details() {
		return Map.of("id", id);
	}
}
