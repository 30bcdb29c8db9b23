package org.plenary.licensing.web;

import java.time.LocalDate;
import java.util.Map;

import org.plenary.guidelines.Guidelines;
import org.plenary.licensing.SavedTransfers;
import org.plenary.licensing.web.DecisionViews.Shown;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.Role;
import org.plenary.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's assessment page: fill in a transfer, read the decision with each reason linked to
 * its paragraph, re-run it as of another date to see what changed, save it (officers), and open a
 * consultation from a CONSULT result. Saved transfers are reopened and re-run by {@link SavedTransferPages}.
 */
@Controller
class AssessmentPages {

	private final DecisionViews views;
	private final DecisionChanges changes;
	private final SavedTransfers saved;
	private final Guidelines guidelines;
	private final Labels labels;

	AssessmentPages(DecisionViews views, DecisionChanges changes, SavedTransfers saved, Guidelines guidelines, Labels labels) {
		this.views = views;
		this.changes = changes;
		this.saved = saved;
		this.guidelines = guidelines;
		this.labels = labels;
	}

	@GetMapping("/licensing/assess")
	String form(Caller caller, Model model) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		return page(caller, TransferForm.empty(caller.governmentCode().map(Object::toString).orElse("")), model);
	}

	@PostMapping("/licensing/assess")
	String assess(Caller caller, @ModelAttribute TransferForm form, Model model) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		Map<String, String> problems = form.dateProblems();
		if (!problems.isEmpty()) {
			model.addAttribute("fieldErrors", problems);
			return page(caller, form, model);
		}
		try {
			Shown first = views.assess(caller, form.transfer(form.dateValue()), null);
			model.addAttribute("result", first);
			if (form.compareDateValue() != null) {
				Shown other = views.assess(caller, form.transfer(form.compareDateValue()), null);
				model.addAttribute("comparison", other);
				model.addAttribute("changes", changes.between(first, other));
			}
		}
		catch (ClientErrorException ex) {
			model.addAttribute("error", ex.detail());
		}
		return page(caller, form, model);
	}

	@PostMapping("/licensing/transfers")
	String save(Caller caller, @ModelAttribute TransferForm form, RedirectAttributes redirect) {
		Map<String, String> problems = form.dateProblems();
		if (problems.containsKey("date")) {
			redirect.addFlashAttribute("error", "Date: " + problems.get("date"));
			return "redirect:/licensing/assess";
		}
		try {
			SavedTransfers.Saved result = saved.save(caller, form.transfer(form.dateValue()));
			redirect.addFlashAttribute("message", "Saved as transfer " + result.id() + " (" + labels.of(result.decision().outcome())
					+ "); only " + labels.state(result.government()) + " sees it.");
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/licensing/assess";
	}

	/** The assessment page with {@code form} filled in, and the saved transfers for an officer. */
	String page(Caller caller, TransferForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("lists", ControlList.values());
		model.addAttribute("activities", EndUseActivity.values());
		LocalDate on = form.dateValue() == null ? LocalDate.now() : form.dateValue();
		model.addAttribute("listsOn", on);
		model.addAttribute("entries", guidelines.entries(null, on).stream().filter(e -> !e.group()).toList());
		model.addAttribute("isOfficer", caller.is(Role.OFFICER));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("consultBy", LocalDate.now().plusDays(30));
		if (caller.is(Role.OFFICER)) {
			model.addAttribute("saved", saved.list(caller));
		}
		return "assess";
	}
}
