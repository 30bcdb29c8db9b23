package org.plenary.consensus.web;

import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.Sessions;
import org.plenary.consensus.TableProposal;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Chair's tabling form: each proposal type, with a structured editor for an exception's payload
 * and for a Guidelines amendment, at a Plenary session or by a silence procedure with its deadline. A
 * refused form comes back as typed, each message next to its field.
 */
@Controller
class TablingPages {

	/** The fields the form shows messages beside. */
	private static final java.util.Set<String> SHOWN = java.util.Set.of("type", "title", "text", "subject", "payload",
			"payload.state", "payload.lists", "payload.activity", "payload.part", "payload.effective", "procedure", "sessionId",
			"deadline");

	private final Proposals proposals;
	private final Sessions sessions;

	TablingPages(Proposals proposals, Sessions sessions) {
		this.proposals = proposals;
		this.sessions = sessions;
	}

	@GetMapping("/proposals/new")
	String form(Caller caller, @RequestParam(required = false) Long sessionId, Model model) {
		requireChair(caller);
		ProposalForm form = new ProposalForm();
		form.setSessionId(sessionId);
		return show(form, new FormErrors(), model);
	}

	@PostMapping("/proposals/new")
	String table(Caller caller, @ModelAttribute("form") ProposalForm form, Model model, RedirectAttributes redirect) {
		requireChair(caller);
		if (form.wantsRow()) {
			form.addRowAsked();
			return show(form, new FormErrors(), model);
		}
		FormErrors errors = new FormErrors();
		TableProposal command = form.command(errors);
		if (command == null) {
			return show(form, errors, model);
		}
		try {
			ProposalView view = proposals.table(caller, command);
			redirect.addFlashAttribute("message", "Tabled: " + view.title() + ".");
			return "redirect:/proposals/" + view.id();
		}
		catch (ForbiddenException ex) {
			throw ex;
		}
		catch (ClientErrorException ex) {
			errors.add(ex, command.type() == ProposalType.ADOPT_EXCEPTION ? "payload.state" : "subject");
			return show(form, errors, model);
		}
	}

	private String show(ProposalForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.relocate(f -> SHOWN.contains(f) || f.startsWith("payload.paragraphs")
				|| f.startsWith("payload.entries")).map());
		model.addAttribute("sessions", sessions.list());
		model.addAttribute("types", ProposalType.values());
		model.addAttribute("procedures", Procedure.values());
		model.addAttribute("controlLists", new ControlList[] { ControlList.TRIGGER, ControlList.DUAL_USE });
		model.addAttribute("activities", EndUseActivity.values());
		model.addAttribute("waivers", ExceptionPayload.Waiver.values());
		model.addAttribute("exclusions", ExceptionPayload.Exclusion.values());
		return "proposal-new";
	}

	static void requireChair(Caller caller) {
		if (!caller.is(Role.CHAIR)) {
			throw ForbiddenException.of("chair-only", "Only the Chair",
					"Only the Chair tables proposals, convenes sessions and orders their agendas.");
		}
	}
}
