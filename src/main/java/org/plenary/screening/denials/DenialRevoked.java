package org.plenary.screening.denials;

import java.util.Map;

/** An officer of the notifying government revoked its denial: it stops matching. */
public record DenialRevoked(String actor, long id) implements DenialEvent {

	@Override
	public String action() {
		return "denial.revoked";
	}

	@Override
	public Object details() {
		return Map.of("id", id);
	}
}
