package org.plenary.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plenary.registry.reference.ReferenceData;

/**
 * The registry's tables in memory, for a registry without a database ({@link Registry#fromReferenceData}).
 * They keep the reference data in the order of the shipped files.
 */
final class InMemoryTables implements RegistryTables {

	private Integer version;
	private List<State> states = List.of();
	private List<ReferenceData.StateFact> facts = List.of();
	private final List<Participation> participations = new ArrayList<>();

	@Override
	public synchronized Optional<Integer> storedVersion() {
		return Optional.ofNullable(version);
	}

	@Override
	public synchronized void replaceReference(ReferenceData data) {
		states = List.copyOf(data.states());
		facts = List.copyOf(data.facts());
		participations.removeIf(p -> ReferenceData.ORIGIN.equals(p.origin()));
		participations.addAll(data.participations());
		version = data.version();
	}

	@Override
	public synchronized void insert(Participation participation) {
		participations.add(participation);
	}

	@Override
	public synchronized List<State> states() {
		return states;
	}

	@Override
	public synchronized List<ReferenceData.StateFact> facts() {
		return facts;
	}

	@Override
	public synchronized List<Participation> participations() {
		return List.copyOf(participations);
	}
}
