package org.plenary.participation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.consensus.ProposalView;
import org.plenary.participation.ApplicationView;
import org.plenary.participation.Applications;
import org.plenary.participation.Apply;
import org.plenary.participation.ProposeAdmission;
import org.plenary.participation.SupplyEvidence;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applications from the pages: an applicant applies for its own government with evidence per factor,
 * supplies and updates evidence, and follows the status and the decision on its own application; the
 * Chair turns an application into an admission proposal. Each form's messages stand next to its fields.
 */
@Controller
class ApplicationPages {

	/** The factors an applicant supplies evidence for: the NSG's own. */
	static final String FACTORS = "nsg-factors";

	private final Applications applications;

	ApplicationPages(Applications applications) {
		this.applications = applications;
	}

	@GetMapping("/applications")
	String list(Caller caller, Model model) {
		List<ApplicationView> all = applications.list(caller);
		model.addAttribute("applications", all);
		boolean canApply = caller.is(Role.APPLICANT) && all.stream().noneMatch(a -> a.status().name().equals("SUBMITTED")
				|| a.status().name().equals("UNDER_CONSIDERATION"));
		model.addAttribute("canApply", canApply);
		model.addAttribute("form", Map.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("factors", applications.factors(FACTORS));
		return "applications";
	}

	@PostMapping("/applications")
	String apply(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		if (!caller.is(Role.APPLICANT)) {
			throw ForbiddenException.of("applicant-only", "Only an applicant government",
					"Only an applicant government applies, for its own state.");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate on = date(form.get("appliedOn"), "appliedOn", errors);
		List<String> criteria = new ArrayList<>();
		List<SupplyEvidence> evidence = new ArrayList<>();
		for (var f : applications.factors(FACTORS)) {
			String statement = form.get("statement-" + f.id());
			if (statement != null && !statement.isBlank()) {
				criteria.add(f.id());
				evidence.add(new SupplyEvidence(f.id(), statement, blankToNull(form.get("source-" + f.id())), null));
			}
		}
		if (errors.isEmpty()) {
			try {
				String state = caller.governmentCode().map(Object::toString).orElse(null);
				ApplicationView view = applications.apply(caller, new Apply(state, on, blankToNull(form.get("letter")), evidence));
				redirect.addFlashAttribute("message", "Application submitted.");
				return "redirect:/applications/" + view.id();
			}
			catch (ForbiddenException ex) {
				throw ex;
			}
			catch (ClientErrorException ex) {
				file(ex, errors, criteria);
			}
		}
		list(caller, model);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "applications";
	}

	@GetMapping("/applications/{id}")
	String application(Caller caller, @PathVariable long id, Model model) {
		ApplicationView view = applications.find(caller, id);
		model.addAttribute("app", view);
		model.addAttribute("progress", applications.progress(caller, id));
		model.addAttribute("factors", applications.factors(FACTORS));
		Map<String, ApplicationView.Claim> latest = new LinkedHashMap<>();
		view.evidence().forEach(c -> latest.put(c.criterion(), c));
		model.addAttribute("latest", latest);
		model.addAttribute("isApplicant", caller.is(Role.APPLICANT));
		model.addAttribute("stages", org.plenary.participation.ApplicationStatus.values());
		model.addAttribute("isChair", caller.is(Role.CHAIR));
		model.addAttribute("sessions", caller.is(Role.CHAIR) ? applications.sessions() : List.of());
		model.addAttribute("canSeeProposal", caller.actsForParticipatingGovernment());
		return "application";
	}

	@PostMapping("/applications/{id}/evidence")
	String evidence(Caller caller, @PathVariable long id, @RequestParam(required = false) String criterion,
			@RequestParam(required = false) String statement, @RequestParam(required = false) String source,
			RedirectAttributes redirect) {
		try {
			applications.addEvidence(caller, id, new SupplyEvidence(criterion, statement, blankToNull(source), null));
			redirect.addFlashAttribute("message", "Evidence recorded.");
		}
		catch (ForbiddenException ex) {
			throw ex;
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("evidenceError", Map.of("criterion", String.valueOf(criterion), "message", ex.detail(),
					"statement", statement == null ? "" : statement, "source", source == null ? "" : source));
		}
		boolean anchor = criterion != null && criterion.matches("[A-Z_]{1,64}");
		return "redirect:/applications/" + id + (anchor ? "#factor-" + criterion : "");
	}

	@PostMapping("/applications/{id}/proposal")
	String propose(Caller caller, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long sessionId,
			RedirectAttributes redirect) {
		try {
			ProposalView proposal = applications.propose(caller, id, new ProposeAdmission(blankToNull(title), blankToNull(text), null,
					sessionId));
			redirect.addFlashAttribute("message", "Tabled: " + proposal.title() + ".");
			return "redirect:/proposals/" + proposal.id();
		}
		catch (ForbiddenException ex) {
			throw ex;
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
			return "redirect:/applications/" + id;
		}
	}

	/** Files a refusal under the fields it names; evidence by the factor it was given for. */
	private static void file(ClientErrorException ex, Map<String, String> errors, List<String> criteria) {
		if (ex instanceof InvalidFieldsException fields) {
			for (var f : fields.fields()) {
				String field = f.field();
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("evidence\\[(\\d+)]\\.(\\w+)").matcher(field);
				if (m.matches() && Integer.parseInt(m.group(1)) < criteria.size()) {
					field = m.group(2) + "-" + criteria.get(Integer.parseInt(m.group(1)));
				}
				errors.merge(field, f.message(), (a, b) -> a + "; " + b);
			}
		}
		else {
			errors.merge("date-in-future".equals(ex.type()) ? "appliedOn" : "", ex.detail(), (a, b) -> a + "; " + b);
		}
	}

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "must be a date written yyyy-mm-dd, such as 2016-05-12");
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
