package org.plenary.consensus.web;

import java.util.Map;

import org.plenary.consensus.Agendas;
import org.plenary.consensus.Sessions;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plenary sessions: the list, the Chair's form to convene one, and a session's agenda, which the Chair builds and orders. */
@Controller
class SessionPages {

	private final Sessions sessions;
	private final Agendas agendas;

	SessionPages(Sessions sessions, Agendas agendas) {
		this.sessions = sessions;
		this.agendas = agendas;
	}

	@GetMapping("/sessions")
	String list(Caller caller, Model model) {
		caller.requireRole(Role.CHAIR, Role.DELEGATE, Role.OFFICER, Role.ANALYST);
		model.addAttribute("sessions", sessions.list());
		model.addAttribute("isChair", caller.is(Role.CHAIR));
		return "sessions";
	}

	@GetMapping("/sessions/new")
	String form(Caller caller, Model model) {
		TablingPages.requireChair(caller);
		model.addAttribute("form", Map.of());
		model.addAttribute("errors", Map.of());
		return "session-new";
	}

	@PostMapping("/sessions/new")
	String open(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		TablingPages.requireChair(caller);
		FormErrors errors = new FormErrors();
		var opens = errors.date("opensOn", form.get("opensOn"));
		var closes = errors.date("closesOn", form.get("closesOn"));
		if (errors.isEmpty()) {
			try {
				Sessions.Session session = sessions.open(caller, new Sessions.OpenSession(form.get("title"),
						blankToNull(form.get("venue")), opens, closes));
				redirect.addFlashAttribute("message", "Convened: " + session.title() + ".");
				return "redirect:/sessions/" + session.id();
			}
			catch (ForbiddenException ex) {
				throw ex;
			}
			catch (ClientErrorException ex) {
				errors.add(ex, "");
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.relocate(f -> java.util.Set.of("title", "venue", "opensOn", "closesOn").contains(f)).map());
		return "session-new";
	}

	@GetMapping("/sessions/{id}")
	String session(Caller caller, @PathVariable long id, Model model) {
		caller.requireRole(Role.CHAIR, Role.DELEGATE, Role.OFFICER, Role.ANALYST);
		model.addAttribute("meeting", sessions.require(id));
		model.addAttribute("agenda", agendas.agenda(id));
		boolean chair = caller.is(Role.CHAIR);
		model.addAttribute("isChair", chair);
		model.addAttribute("unscheduled", chair ? agendas.unscheduled() : java.util.List.of());
		return "session";
	}

	@PostMapping("/sessions/{id}/agenda")
	String add(Caller caller, @PathVariable long id, @RequestParam(required = false) Long proposalId,
			RedirectAttributes redirect) {
		TablingPages.requireChair(caller);
		try {
			if (proposalId == null) {
				redirect.addFlashAttribute("error", "Choose a proposal to put on the agenda.");
			}
			else {
				agendas.add(caller, id, proposalId);
				redirect.addFlashAttribute("message", "Put on the agenda.");
			}
		}
		catch (ForbiddenException ex) {
			throw ex;
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/sessions/" + id;
	}

	/** Moves a proposal up ({@code by=-1}) or down ({@code by=1}) the agenda. */
	@PostMapping("/sessions/{id}/agenda/{proposalId}/move")
	String move(Caller caller, @PathVariable long id, @PathVariable long proposalId, @RequestParam int by,
			RedirectAttributes redirect) {
		TablingPages.requireChair(caller);
		try {
			agendas.move(caller, id, proposalId, Integer.signum(by));
			redirect.addFlashAttribute("message", "Agenda reordered.");
		}
		catch (ForbiddenException ex) {
			throw ex;
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/sessions/" + id + "#agenda";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
