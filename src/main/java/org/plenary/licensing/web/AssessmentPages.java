package org.plenary.licensing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Paragraph;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Reason;
import org.plenary.licensing.SavedTransfers;
import org.plenary.licensing.Transfer;
import org.plenary.licensing.TransferAssessor;
import org.plenary.licensing.TransferDecision;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's assessment page: fill in a transfer, read the decision with each reason linked to
 * its paragraph, re-run it as of another date to see what changed, and save it (officers). Also
 * the public page of the Guidelines' paragraphs, revisions and exceptions.
 */
@Controller
class AssessmentPages {

	private final TransferAssessor assessor;
	private final SavedTransfers saved;
	private final Guidelines guidelines;

	AssessmentPages(TransferAssessor assessor, SavedTransfers saved, Guidelines guidelines) {
		this.assessor = assessor;
		this.saved = saved;
		this.guidelines = guidelines;
	}

	/** The form's fields. */
	record Form(String id, LocalDate date, String supplier, String recipient, ControlList list, String entry,
			String description, String endUserName, String endUserCountry, EndUseActivity activity, String useDescription,
			Boolean essentialForSafeOperation, LocalDate compareDate, String consigneeName, String consigneeCountry) {

		Transfer transfer(LocalDate on) {
			return new Transfer(id == null || id.isBlank() ? "form" : id, on, blank(supplier), blank(recipient),
					new Transfer.Item(list, blank(entry), blank(description)),
					new Transfer.EndUser(blank(endUserName), blank(endUserCountry), null, null),
					new Transfer.EndUse(activity, blank(useDescription), Boolean.TRUE.equals(essentialForSafeOperation) ? Boolean.TRUE : null),
					blank(consigneeCountry) == null && blank(consigneeName) == null ? null
							: new Transfer.Consignee(blank(consigneeName), blank(consigneeCountry)));
		}

		private static String blank(String s) {
			return s == null || s.isBlank() ? null : s.trim();
		}
	}

	/** A decision as the page shows it: each reason with the paragraph it cites, when it is one. */
	record Shown(LocalDate date, TransferDecision decision, List<ShownReason> reasons) {
	}

	record ShownReason(Reason reason, Paragraph paragraph) {
	}

	@GetMapping("/licensing/assess")
	String form(Caller caller, Model model) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		Form blank = new Form("", LocalDate.now(), caller.governmentCode().map(Object::toString).orElse(""), "IN",
				ControlList.TRIGGER, "1.1", "", "", "", EndUseActivity.SAFEGUARDED_NUCLEAR, "", Boolean.FALSE, null, "", "");
		return page(caller, blank, model);
	}

	@PostMapping("/licensing/assess")
	String assess(Caller caller, @ModelAttribute Form form, Model model) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		try {
			Shown first = shown(caller, form.transfer(form.date()));
			model.addAttribute("result", first);
			if (form.compareDate() != null) {
				Shown other = shown(caller, form.transfer(form.compareDate()));
				model.addAttribute("comparison", other);
				model.addAttribute("changes", changes(first, other));
			}
		}
		catch (ClientErrorException ex) {
			model.addAttribute("error", ex.detail());
		}
		return page(caller, form, model);
	}

	@PostMapping("/licensing/transfers")
	String save(Caller caller, @ModelAttribute Form form, RedirectAttributes redirect) {
		try {
			SavedTransfers.Saved result = saved.save(caller, form.transfer(form.date()));
			redirect.addFlashAttribute("message", "Saved as transfer " + result.id() + " (" + result.decision().outcome()
					+ "); only " + result.government() + " sees it.");
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/licensing/assess";
	}

	private String page(Caller caller, Form form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("lists", ControlList.values());
		model.addAttribute("activities", EndUseActivity.values());
		model.addAttribute("entries", guidelines.entries(null, form.date() == null ? LocalDate.now() : form.date()).stream()
				.filter(e -> !e.group()).toList());
		model.addAttribute("isOfficer", caller.is(Role.OFFICER));
		if (caller.is(Role.OFFICER)) {
			model.addAttribute("saved", saved.list(caller));
		}
		return "assess";
	}

	private Shown shown(Caller caller, Transfer transfer) {
		TransferDecision decision = assessor.assess(transfer, caller);
		Rulebook book = guidelines.rulebook(transfer.date());
		List<ShownReason> reasons = decision.reasons().stream()
				.map(r -> new ShownReason(r, book.cited(r.ref()).orElse(null))).toList();
		return new Shown(transfer.date(), decision, reasons);
	}

	/** What differs between the two dates: outcome, conditions, and reasons that appear or disappear. */
	private static List<String> changes(Shown a, Shown b) {
		List<String> changes = new ArrayList<>();
		if (a.decision().outcome() != b.decision().outcome()) {
			changes.add("Outcome: " + a.decision().outcome() + " on " + a.date() + ", " + b.decision().outcome() + " on " + b.date());
		}
		Map<String, String> before = codes(a);
		Map<String, String> after = codes(b);
		after.forEach((code, ref) -> {
			if (!before.containsKey(code)) {
				changes.add("On " + b.date() + " only: " + code + " (" + ref + ")");
			}
			else if (!before.get(code).equals(ref)) {
				changes.add(code + " cites " + before.get(code) + " on " + a.date() + " but " + ref + " on " + b.date());
			}
		});
		before.forEach((code, ref) -> {
			if (!after.containsKey(code)) {
				changes.add("On " + a.date() + " only: " + code + " (" + ref + ")");
			}
		});
		if (!a.decision().conditions().equals(b.decision().conditions())) {
			changes.add("Conditions: " + a.decision().conditions() + " on " + a.date() + ", " + b.decision().conditions()
					+ " on " + b.date());
		}
		if (changes.isEmpty()) {
			changes.add("Nothing changed between the two dates.");
		}
		return changes;
	}

	private static Map<String, String> codes(Shown s) {
		Map<String, String> codes = new LinkedHashMap<>();
		s.decision().reasons().forEach(r -> codes.put(r.code(), r.ref()));
		return codes;
	}
}
