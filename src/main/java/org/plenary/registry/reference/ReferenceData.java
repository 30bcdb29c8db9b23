package org.plenary.registry.reference;

import java.util.List;
import java.util.Map;

import org.plenary.registry.Chair;
import org.plenary.registry.Fact;
import org.plenary.registry.Observer;
import org.plenary.registry.Participation;
import org.plenary.registry.SourceLink;
import org.plenary.registry.State;

/**
 * The reference dataset shipped in {@code src/main/resources/reference/}, parsed. The baseline of
 * every state's NPT status, safeguards agreement and Additional Protocol comes from
 * {@code states/npt-safeguards.csv}; {@code states/profiles.csv} adds dated facts for the PGs and the
 * states of interest, and where it has facts of a kind for a state they replace the baseline's
 * ({@link StateFiles}). The NSG's roster, observers and chairs come from {@code nsg/} ({@link NsgFiles}).
 * A malformed row fails the load with its file and line: shipped data must be right.
 */
public record ReferenceData(int version, List<State> states, List<StateFact> facts, List<Participation> participations,
		List<Observer> observers, List<Chair> chairs, Map<String, SourceLink> sources) {

	/** The origin of every fact and participation read from the shipped files. */
	public static final String ORIGIN = "REFERENCE";

	/** A fact with the state it belongs to. */
	public record StateFact(String state, Fact fact) {
	}

	/** Reads the whole shipped dataset. */
	public static ReferenceData load() {
		StateFiles.States states = StateFiles.read();
		return new ReferenceData(ReferenceFiles.version(), states.states(), states.facts(), NsgFiles.participants(),
				NsgFiles.observers(), NsgFiles.chairs(), ReferenceFiles.sources());
	}
}
