package org.plenary.registry;

import java.util.List;
import java.util.Optional;

import org.plenary.registry.reference.ReferenceData;

/**
 * Where the registry's tables live: states, dated facts, participations and the version of the
 * reference dataset loaded into them. The application keeps them in the database
 * ({@link RegistryStore}); tests and tools without a database keep them in memory
 * ({@link InMemoryTables}). The {@link Registry} reads both the same way.
 */
interface RegistryTables {

	/** The version of the reference dataset loaded, or empty when none was. */
	Optional<Integer> storedVersion();

	/** Replaces the shipped reference data; facts and participations recorded by decisions stay. */
	void replaceReference(ReferenceData data);

	/** Records a participation (an admission decided by consensus). */
	void insert(Participation participation);

	List<State> states();

	List<ReferenceData.StateFact> facts();

	List<Participation> participations();
}
