package org.plenary.consensus.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.plenary.consensus.Agendas;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Sessions;
import org.plenary.shared.Caller;
import org.plenary.shared.Inputs;
import org.plenary.shared.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Plenary sessions and their agendas over HTTP: the Chair adds proposals and orders the agenda. */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Consensus")
class SessionsApi {

	private final Sessions sessions;
	private final Agendas agendas;

	SessionsApi(Sessions sessions, Agendas agendas) {
		this.sessions = sessions;
		this.agendas = agendas;
	}

	/** The agenda's order: every proposal on it, each once. */
	record AgendaOrder(@NotNull @Size(max = 500) List<@NotNull @Positive Long> proposalIds) {
	}

	/** A proposal to place last on the agenda. */
	record AgendaItem(@NotNull @Positive Long proposalId) {
	}

	@GetMapping("/api/sessions")
	@Operation(summary = "Every Plenary session, the latest first (Chair, PGs, officers, analysts)")
	List<Sessions.Session> list(Caller caller) {
		caller.requireRole(Role.CHAIR, Role.DELEGATE, Role.OFFICER, Role.ANALYST);
		return sessions.list();
	}

	@PostMapping("/api/sessions/{id}/agenda")
	@Operation(summary = "Put an undecided Plenary proposal last on the session's agenda (Chair); returns the agenda")
	List<ProposalView> add(Caller caller, @PathVariable long id, @RequestBody AgendaItem item) {
		return agendas.add(caller, id, Inputs.valid(item).proposalId());
	}

	@PutMapping("/api/sessions/{id}/agenda")
	@Operation(summary = "Order the session's agenda (Chair): the ids of the proposals on it, in order; returns the agenda")
	List<ProposalView> order(Caller caller, @PathVariable long id, @RequestBody AgendaOrder order) {
		return agendas.order(caller, id, Inputs.valid(order).proposalIds());
	}
}
