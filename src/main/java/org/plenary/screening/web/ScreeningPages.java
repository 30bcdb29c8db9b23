package org.plenary.screening.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.plenary.screening.ListVersionStore;
import org.plenary.screening.Screening;
import org.plenary.screening.consultations.Consultations;
import org.plenary.screening.denials.Denials;
import org.plenary.screening.denials.Judgements;
import org.plenary.screening.denials.NotifyDenial;
import org.plenary.screening.matching.Corroboration;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening page, the denial register and the consultation inbox. */
@Controller
class ScreeningPages {

	private final Screening screening;
	private final ListVersionStore versions;
	private final Denials denials;
	private final Judgements judgements;
	private final Consultations consultations;

	ScreeningPages(Screening screening, ListVersionStore versions, Denials denials, Judgements judgements,
			Consultations consultations) {
		this.screening = screening;
		this.versions = versions;
		this.denials = denials;
		this.judgements = judgements;
		this.consultations = consultations;
	}

	/** The form, and the hits for its name, raised or lowered by its country and date of birth; a bad one is said on the page (400). */
	@GetMapping("/screening")
	String screening(Caller caller, @RequestParam(required = false) String name, @RequestParam(required = false) String country,
			@RequestParam(required = false) String dateOfBirth, Model model, HttpServletResponse response) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		Inputs.text("name", name, 300, false);
		model.addAttribute("name", name);
		model.addAttribute("country", country);
		model.addAttribute("dateOfBirth", dateOfBirth);
		model.addAttribute("lists", screening.lists());
		model.addAttribute("warnings", screening.warnings());
		if (name != null && !name.isBlank()) {
			try {
				Corroboration.Evidence evidence = PartyEvidence.of("", country, dateOfBirth);
				model.addAttribute("hits", screening.screen(name, evidence, 10).stream()
						.filter(h -> !judgements.judgedDifferent(caller, name, h.list() + ":" + h.entryId())).toList());
			}
			catch (InvalidFieldsException ex) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("error", ex.detail());
			}
		}
		return "screening";
	}

	/** One list: its status, its versions, and what changed between two of them (default: the latest two). */
	@GetMapping("/screening/lists/{id}")
	String list(Caller caller, @PathVariable String id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		String list = ScreeningApi.known(id);
		model.addAttribute("list", screening.lists().stream().filter(l -> l.id().equals(list)).findFirst().orElseThrow());
		List<ListVersionStore.Version> all = versions.versions(list);
		model.addAttribute("versions", all);
		if (all.size() > 1 || from != null || to != null) {
			model.addAttribute("changes", ScreeningApi.changesOf(versions, list, from, to));
		}
		return "screening-list";
	}

	@PostMapping("/screening/judgements")
	String judge(Caller caller, @RequestParam String name, @RequestParam String target, RedirectAttributes redirect) {
		Judgements.Judgement judged = judgements.judge(caller, name, target, Judgements.Verdict.NOT_SAME);
		redirect.addFlashAttribute("message", "Remembered: '" + name + "' is not " + target + ". The pair no longer matches for "
				+ (judged.scope().startsWith("user:") ? "you" : judged.scope()) + ".");
		redirect.addAttribute("name", name);
		return "redirect:/screening";
	}

	@GetMapping("/denials")
	String register(Caller caller, Model model) {
		model.addAttribute("denials", denials.list(caller));
		model.addAttribute("caller", caller);
		model.addAttribute("isOfficer", caller.is(Role.OFFICER));
		model.addAttribute("lists", ControlList.values());
		model.addAttribute("reasons", NotifyDenial.ReasonClass.values());
		model.addAttribute("today", LocalDate.now());
		return "denials";
	}

	@PostMapping("/denials")
	String notify(Caller caller, @RequestParam String reference, @RequestParam LocalDate deniedOn, @RequestParam ControlList list,
			@RequestParam(required = false) String entry, @RequestParam String endUserName,
			@RequestParam(required = false) String aliases, @RequestParam(required = false) String address,
			@RequestParam String destination, @RequestParam(required = false) String endUse,
			@RequestParam NotifyDenial.ReasonClass reasonClass, RedirectAttributes redirect) {
		List<String> aliasList = aliases == null || aliases.isBlank() ? List.of()
				: List.of(aliases.split("\\s*;\\s*"));
		return act(redirect, "/denials", () -> "Notified denial " + denials.notify(caller, new NotifyDenial(reference, deniedOn,
				list, entry, new NotifyDenial.EndUser(endUserName, aliasList, address), destination, endUse, reasonClass)).id());
	}

	@PostMapping("/denials/{id}/revocation")
	String revoke(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "/denials", () -> "Revoked denial " + denials.revoke(caller, id).id());
	}

	@PostMapping("/denials/{id}/consultations")
	String consult(Caller caller, @PathVariable long id, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String deadline, RedirectAttributes redirect) {
		// desk: the assess page's CONSULT result posts a deadline (ISO text) and lands on the consultation it opened.
		return act(redirect, "/consultations", () -> {
			long opened = consultations.open(caller, id, new Consultations.Open(subject == null || subject.isBlank() ? null : subject,
					isoDate("deadline", deadline))).id();
			redirect.addFlashAttribute("opened", opened);
			return "Opened consultation " + opened;
		});
	}

	/** A date typed as yyyy-mm-dd, or null when left empty; anything else is refused with the field named. */
	private static LocalDate isoDate(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidFieldsException.of(field, "'" + Inputs.shown(text)
					+ "' is not a date; type it as yyyy-mm-dd");
		}
	}

	@GetMapping("/consultations")
	String inbox(Caller caller, Model model) {
		model.addAttribute("consultations", consultations.inbox(caller));
		model.addAttribute("government", caller.governmentCode().map(Object::toString).orElse(""));
		model.addAttribute("isOfficer", caller.is(Role.OFFICER));
		return "consultations";
	}

	@PostMapping("/consultations/{id}/answer")
	String answer(Caller caller, @PathVariable long id, @RequestParam Consultations.Answer answer,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return act(redirect, "/consultations", () -> "Answered " + consultations.reply(caller, id,
				new Consultations.Reply(answer, text)).answer());
	}

	@PostMapping("/consultations/{id}/decision")
	String decide(Caller caller, @PathVariable long id, @RequestParam Consultations.Outcome decision,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return act(redirect, "/consultations", () -> "Recorded " + consultations.decide(caller, id,
				new Consultations.Decide(decision, text)).decision());
	}

	private static String act(RedirectAttributes redirect, String back, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:" + back;
	}
}
