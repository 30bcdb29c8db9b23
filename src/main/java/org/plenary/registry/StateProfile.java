package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A state's profile as of a day: its status then, the facts in force then (by kind), and its whole
 * timeline of facts and NSG participation, each with its dates and source.
 */
public record StateProfile(String code, String name, boolean unMember, LocalDate asOf, MapStatus status,
		NptStatus nptStatus, boolean nsgParticipant, Map<FactKind, List<Fact>> inForce, List<Fact> facts,
		List<Participation> participation) {

	/** The fact of a kind in force on {@link #asOf()}, if any (the latest to start, for concurrent kinds). */
	public java.util.Optional<Fact> current(FactKind kind) {
		List<Fact> facts = inForce.getOrDefault(kind, List.of());
		return facts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(facts.get(facts.size() - 1));
	}
}
