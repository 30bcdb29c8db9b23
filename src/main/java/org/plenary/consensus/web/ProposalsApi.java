package org.plenary.consensus.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.plenary.consensus.Decision;
import org.plenary.consensus.DecideProposal;
import org.plenary.consensus.ExtendSilence;
import org.plenary.consensus.PositionEntry;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.RecordPosition;
import org.plenary.consensus.Sessions;
import org.plenary.consensus.TableProposal;
import org.plenary.consensus.WithdrawProposal;
import org.plenary.shared.Caller;
import org.plenary.shared.StateCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Proposals, positions and decisions over HTTP. The rules on who may do what live in {@link Proposals}. */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Consensus", description = "Proposals, positions, decisions, Plenary sessions")
class ProposalsApi {

	private final Proposals proposals;
	private final Sessions sessions;

	ProposalsApi(Proposals proposals, Sessions sessions) {
		this.proposals = proposals;
		this.sessions = sessions;
	}

	@PostMapping("/api/proposals")
	@Operation(summary = "Table a proposal (Chair); its roster is the PGs on the day it is tabled")
	ResponseEntity<ProposalView> table(Caller caller, @Valid @RequestBody TableProposal command) {
		ProposalView view = proposals.table(caller, command);
		return ResponseEntity.created(URI.create("/api/proposals/" + view.id())).body(view);
	}

	@GetMapping("/api/proposals")
	@Operation(summary = "Every proposal, newest first (Chair, PGs, analysts)")
	List<ProposalView> list(Caller caller) {
		return proposals.list(caller);
	}

	@GetMapping("/api/proposals/{id}")
	@Operation(summary = "A proposal with its roster, every PG's current position and the history (positions: Chair and PGs only)")
	ProposalView find(Caller caller, @PathVariable long id) {
		return proposals.find(caller, id);
	}

	@PutMapping("/api/proposals/{id}/positions/{code}")
	@Operation(summary = "Record that PG's position (its own delegate only); the same position twice records it once")
	PositionEntry record(Caller caller, @PathVariable long id, @PathVariable String code,
			@Valid @RequestBody RecordPosition command) {
		return proposals.record(caller, id, StateCode.of("code", code), command).entry();
	}

	@PostMapping("/api/proposals/{id}/decision")
	@Operation(summary = "Declare the outcome (Chair): ADOPTED, BLOCKED (naming the objectors) or PENDING")
	Decision decide(Caller caller, @PathVariable long id, @RequestBody(required = false) DecideProposal command) {
		return proposals.decide(caller, id, command);
	}

	@PostMapping("/api/proposals/{id}/extension")
	@Operation(summary = "Extend a silence procedure to a later deadline (Chair), while it is undecided")
	ProposalView extend(Caller caller, @PathVariable long id, @Valid @RequestBody ExtendSilence command) {
		return proposals.extend(caller, id, command);
	}

	@PostMapping("/api/proposals/{id}/withdrawal")
	@Operation(summary = "Withdraw a proposal that was not adopted (Chair), saying why; it then takes no positions or decision")
	ProposalView withdraw(Caller caller, @PathVariable long id, @Valid @RequestBody WithdrawProposal command) {
		return proposals.withdraw(caller, id, command);
	}

	@GetMapping("/api/record")
	@Operation(summary = "The public record: adopted decisions")
	List<ProposalView> record() {
		return proposals.adopted();
	}

	@PostMapping("/api/sessions")
	@Operation(summary = "Convene a Plenary session (Chair)")
	ResponseEntity<Sessions.Session> open(Caller caller, @Valid @RequestBody Sessions.OpenSession command) {
		Sessions.Session session = sessions.open(caller, command);
		return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).body(session);
	}

	@GetMapping("/api/sessions/{id}")
	@Operation(summary = "A Plenary session and its agenda")
	Map<String, Object> session(Caller caller, @PathVariable long id) {
		caller.requireRole(org.plenary.shared.Role.CHAIR, org.plenary.shared.Role.DELEGATE, org.plenary.shared.Role.OFFICER,
				org.plenary.shared.Role.ANALYST);
		return Map.of("session", sessions.require(id), "agenda", proposals.agenda(id));
	}
}
