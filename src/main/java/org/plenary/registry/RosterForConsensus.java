package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;

import org.plenary.consensus.ParticipatingGovernments;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Component;

/** The registry's roster, as the consensus module asks for it. */
@Component
class RosterForConsensus implements ParticipatingGovernments {

	private final Registry registry;

	RosterForConsensus(Registry registry) {
		this.registry = registry;
	}

	@Override
	public List<StateCode> on(LocalDate date) {
		return registry.participants(date).participants().stream().map(StateCode::of).toList();
	}

	@Override
	public boolean exists(StateCode state) {
		return registry.exists(state);
	}

	@Override
	public String name(StateCode state) {
		return registry.name(state);
	}
}
