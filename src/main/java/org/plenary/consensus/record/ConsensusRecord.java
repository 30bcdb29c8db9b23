package org.plenary.consensus.record;

import org.plenary.audit.AuditedState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The consensus state re-derived from the audit chain: every position and statement recorded, every
 * decision and withdrawal, in order. Verification compares it with the stored history, the current
 * positions, the decisions and each proposal's status, so a row changed, added or removed behind the
 * platform's back is reported with the entry that recorded the true state. The stored rows are
 * streamed, never held: memory grows with the chain's positions only.
 */
@Component
class ConsensusRecord implements AuditedState {

	private final JdbcClient jdbc;
	private final EntryReader reader;

	ConsensusRecord(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.reader = new EntryReader(json);
	}

	@Override
	public Replay replay() {
		return new ConsensusReplay(jdbc, reader);
	}
}
