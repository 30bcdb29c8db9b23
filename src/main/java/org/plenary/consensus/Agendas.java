package org.plenary.consensus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.plenary.shared.Caller;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.Role;
import org.plenary.shared.RuleRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Plenary session's agenda, built and ordered by the Chair: open proposals decided at a Plenary are
 * placed on it, last; the Chair moves them or gives the whole order. Every change is audited.
 */
@Service
public class Agendas {

	private final JdbcClient jdbc;
	private final Sessions sessions;
	private final Proposals proposals;
	private final ApplicationEventPublisher events;

	Agendas(JdbcClient jdbc, Sessions sessions, Proposals proposals, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.proposals = proposals;
		this.events = events;
	}

	/** The agenda in the Chair's order. */
	@Transactional(readOnly = true)
	public List<ProposalView> agenda(long sessionId) {
		sessions.require(sessionId);
		return proposals.agenda(sessionId);
	}

	/** Open Plenary proposals on no session's agenda yet: what the Chair may add. */
	@Transactional(readOnly = true)
	public List<ProposalView> unscheduled() {
		List<Long> ids = jdbc.sql("select id from consensus_proposal where session_id is null and procedure_kind = 'PLENARY' "
				+ "and status in ('OPEN', 'PENDING', 'BLOCKED') order by id").query(Long.class).list();
		return ids.stream().map(proposals::view).map(ProposalView::withoutPositions).toList();
	}

	/** Puts an undecided Plenary proposal last on the session's agenda (Chair). */
	@Transactional
	public List<ProposalView> add(Caller caller, long sessionId, long proposalId) {
		caller.requireRole(Role.CHAIR);
		sessions.require(sessionId);
		ProposalView p = proposals.view(proposalId);
		if (p.procedure() != Procedure.PLENARY || p.status() == ProposalStatus.ADOPTED || p.status() == ProposalStatus.WITHDRAWN) {
			throw RuleRefusedException.of("not-for-agenda", "Not for a Plenary agenda", "Proposal " + proposalId + " is "
					+ p.status() + " under " + p.procedure() + "; only an undecided proposal taken at a Plenary goes on an agenda.",
					Map.of("field", "proposalId"));
		}
		List<Long> order = new ArrayList<>(ids(sessionId));
		order.remove(Long.valueOf(proposalId));
		order.add(proposalId);
		jdbc.sql("update consensus_proposal set session_id = ? where id = ?").params(sessionId, proposalId).update();
		return write(caller, sessionId, order);
	}

	/** Gives the agenda's whole order (Chair): exactly the ids on it, each once. */
	@Transactional
	public List<ProposalView> order(Caller caller, long sessionId, List<Long> proposalIds) {
		caller.requireRole(Role.CHAIR);
		sessions.require(sessionId);
		List<Long> current = ids(sessionId);
		if (proposalIds == null || proposalIds.size() != current.size() || !new HashSet<>(proposalIds).equals(new HashSet<>(current))) {
			throw InvalidFieldsException.of("proposalIds", "must list each proposal on the agenda exactly once: " + current);
		}
		return write(caller, sessionId, proposalIds);
	}

	/** Moves one proposal up (-1) or down (+1) on the agenda (Chair); at either end it stays. */
	@Transactional
	public List<ProposalView> move(Caller caller, long sessionId, long proposalId, int by) {
		caller.requireRole(Role.CHAIR);
		List<Long> order = new ArrayList<>(ids(sessionId));
		int from = order.indexOf(proposalId);
		if (from < 0) {
			throw InvalidFieldsException.of("proposalId", "is not on the agenda of session " + sessionId);
		}
		int to = Math.max(0, Math.min(order.size() - 1, from + by));
		order.add(to, order.remove(from));
		return order(caller, sessionId, order);
	}

	private List<ProposalView> write(Caller caller, long sessionId, List<Long> order) {
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update consensus_proposal set agenda_order = ? where id = ? and session_id = ?")
					.params(i + 1, order.get(i), sessionId).update();
		}
		events.publishEvent(new AgendaChanged(caller.username(), sessionId, order));
		return proposals.agenda(sessionId);
	}

	private List<Long> ids(long sessionId) {
		return proposals.agenda(sessionId).stream().map(ProposalView::id).toList();
	}
}
