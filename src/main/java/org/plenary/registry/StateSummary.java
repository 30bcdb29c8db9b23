package org.plenary.registry;

/** A state as it stood on a day: what the map and the state list show. */
public record StateSummary(String code, String name, boolean unMember, MapStatus status, NptStatus nptStatus,
		boolean nsgParticipant) {
}
