package org.plenary.registry;

import java.time.LocalDate;
import java.util.Map;

import org.plenary.shared.Audited;

/**
 * A state admitted by consensus was recorded as a Participating Government from {@code from}. The
 * audit chain records it; the registry answers with it once the recording commits.
 */
public record ParticipationRecorded(String state, LocalDate from, long proposalId) implements Audited {

	@Override
	public String actor() {
		return "system";
	}

	@Override
	public String action() {
		return "registry.participant.admitted";
	}

	@Override
	public String subject() {
		return "state/" + state;
	}

	@Override
	public Object details() {
		return Map.of("state", state, "from", from.toString(), "proposalId", proposalId);
	}
}
