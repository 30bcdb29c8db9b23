package org.plenary.consensus.web;

import java.util.List;
import java.util.Map;

import org.plenary.consensus.Decision;
import org.plenary.consensus.DecideProposal;
import org.plenary.consensus.ParticipatingGovernments;
import org.plenary.consensus.Position;
import org.plenary.consensus.ExtendSilence;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.WithdrawProposal;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.RecordPosition;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposal room (one tile per PG on the roster, refreshed without a reload; the history; the
 * Chair's decide button; a delegate's position form), the list of proposals, and the public record.
 */
@Controller
class ProposalPages {

	private final Proposals proposals;
	private final ParticipatingGovernments governments;
	private final org.plenary.consensus.Sessions sessions;

	ProposalPages(Proposals proposals, ParticipatingGovernments governments, org.plenary.consensus.Sessions sessions) {
		this.proposals = proposals;
		this.governments = governments;
		this.sessions = sessions;
	}

	@GetMapping("/proposals")
	String list(Caller caller, Model model) {
		model.addAttribute("proposals", proposals.list(caller));
		model.addAttribute("isChair", caller.is(Role.CHAIR));
		return "proposals";
	}

	@GetMapping("/proposals/{id}")
	String room(Caller caller, @PathVariable long id, Model model) {
		room(caller, id, model, true);
		return "proposal";
	}

	@GetMapping("/proposals/{id}/tiles")
	String tiles(Caller caller, @PathVariable long id, Model model) {
		room(caller, id, model, false);
		return "proposal :: tiles";
	}

	@PostMapping("/proposals/{id}/decision")
	String decide(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		try {
			Decision decision = proposals.decide(caller, id, new DecideProposal(null));
			redirect.addFlashAttribute("decided", decision);
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/proposals/" + id;
	}

	/** The Chair moves an undecided silence procedure's deadline, given as a UTC date and time. */
	@PostMapping("/proposals/{id}/extension")
	String extend(Caller caller, @PathVariable long id, @RequestParam(required = false) String deadline,
			RedirectAttributes redirect) {
		try {
			proposals.extend(caller, id, new ExtendSilence(utc(deadline)));
			redirect.addFlashAttribute("message", "Deadline extended to " + utc(deadline) + ".");
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/proposals/" + id;
	}

	/** The Chair withdraws a proposal that was not adopted, saying why. */
	@PostMapping("/proposals/{id}/withdrawal")
	String withdraw(Caller caller, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		if (caller.is(Role.CHAIR) && !"yes".equals(confirm)) {
			redirect.addFlashAttribute("error", "Tick the box to confirm the withdrawal; nothing was withdrawn.");
			return "redirect:/proposals/" + id;
		}
		try {
			proposals.withdraw(caller, id, new WithdrawProposal(reason));
			redirect.addFlashAttribute("message", "Proposal withdrawn.");
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/proposals/" + id;
	}

	/** A {@code datetime-local} value read as UTC; refused in words when it is not a complete date and time. */
	private static java.time.Instant utc(String value) {
		try {
			return value == null || value.isBlank() ? null
					: java.time.LocalDateTime.parse(value).toInstant(java.time.ZoneOffset.UTC);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw org.plenary.shared.InvalidInputException.of("invalid-deadline", "Not a date and time",
					"'deadline' must be a date and time in UTC such as 2027-01-15T12:00; got '"
							+ org.plenary.shared.Inputs.shown(value) + "'.");
		}
	}

	/**
	 * A delegate records the government's position. Changing a position already recorded first shows the
	 * earlier one and asks to confirm: the change is recorded only when the form comes back with {@code confirm=yes}.
	 */
	@PostMapping("/proposals/{id}/positions")
	String record(Caller caller, @PathVariable long id, @RequestParam(required = false) String position,
			@RequestParam(required = false) String statement, @RequestParam(required = false) String confirm, Model model,
			RedirectAttributes redirect) {
		StateCode own = caller.governmentCode().orElseThrow(() -> org.plenary.shared.ForbiddenException.of(
				"not-a-delegate", "Not a delegate", "Only a PG's delegate records positions."));
		Position chosen = java.util.Arrays.stream(Position.values()).filter(v -> v.name().equals(position)).findFirst()
				.orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "Choose a position to record; nothing was recorded.");
			return "redirect:/proposals/" + id;
		}
		ProposalView view = proposals.find(caller, id);
		var held = view.positions() == null ? null : view.positions().get(own);
		if (held != null && held.position() != chosen && !"yes".equals(confirm)) {
			room(caller, id, model, true);
			model.addAttribute("pending", new PendingChange(held, chosen, statement));
			return "proposal";
		}
		try {
			proposals.record(caller, id, own, new RecordPosition(chosen, statement, null, null, null));
			redirect.addFlashAttribute("recorded", new PendingChange(held, chosen, statement));
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/proposals/" + id;
	}

	/** A change of position the delegate is asked to confirm: the position held, and the one chosen. */
	record PendingChange(org.plenary.consensus.PositionEntry held, Position chosen, String statement)
			implements java.io.Serializable {
	}

	@GetMapping("/record")
	String record(Model model) {
		model.addAttribute("decisions", proposals.adopted());
		return "record";
	}

	private void room(Caller caller, long id, Model model, boolean full) {
		ProposalView view = proposals.find(caller, id);
		model.addAttribute("proposal", view);
		model.addAttribute("caller", caller);
		model.addAttribute("seesPositions", view.positions() != null);
		model.addAttribute("isChair", caller.is(Role.CHAIR));
		boolean delegateOnRoster = caller.is(Role.DELEGATE) && view.roster().contains(caller.government());
		model.addAttribute("canRecord", delegateOnRoster);
		model.addAttribute("ownPosition", delegateOnRoster && view.positions() != null ? view.positions().get(caller.government()) : null);
		model.addAttribute("open", view.status() != ProposalStatus.ADOPTED && view.status() != ProposalStatus.WITHDRAWN);
		model.addAttribute("names", names(view.roster()));
		model.addAttribute("positionValues", Position.values());
		model.addAttribute("exception", view.payload() instanceof org.plenary.consensus.ExceptionPayload e ? e : null);
		model.addAttribute("amendment", view.payload() instanceof org.plenary.consensus.GuidelinesAmendment a ? a : null);
		model.addAttribute("plenarySession", view.sessionId() == null ? null : sessions.require(view.sessionId()));
		if (view.positions() != null) {
			model.addAttribute("counts", counts(view));
		}
	}

	private Map<StateCode, String> names(List<StateCode> roster) {
		Map<StateCode, String> names = new java.util.HashMap<>();
		roster.forEach(s -> names.put(s, governments.name(s)));
		return names;
	}

	private static Map<String, Long> counts(ProposalView view) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (Position p : Position.values()) {
			counts.put(p.name(), view.positions().values().stream().filter(e -> e.position() == p).count());
		}
		counts.put("SILENT", (long) view.silent().size());
		return counts;
	}
}
