package org.plenary.licensing.web;

import java.time.LocalDate;

import org.plenary.licensing.SavedTransfers;
import org.plenary.licensing.web.DecisionViews.Shown;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A saved transfer back on the assessment page: reopened into the form with the decision it had when
 * saved, or re-run (today, or again on its own date) beside that decision with the differences in
 * words. Officers only, and only their own government's transfers (as {@link SavedTransfers} rules).
 */
@Controller
class SavedTransferPages {

	private final SavedTransfers saved;
	private final DecisionViews views;
	private final DecisionChanges changes;
	private final AssessmentPages pages;

	SavedTransferPages(SavedTransfers saved, DecisionViews views, DecisionChanges changes, AssessmentPages pages) {
		this.saved = saved;
		this.views = views;
		this.changes = changes;
		this.pages = pages;
	}

	@GetMapping("/licensing/transfers/{id}")
	String reopen(Caller caller, @PathVariable long id, Model model) {
		SavedTransfers.Saved s = saved.find(caller, id);
		model.addAttribute("reopened", s);
		model.addAttribute("result", views.saved(s));
		return pages.page(caller, TransferForm.of(s.transfer()), model);
	}

	/** Re-runs a saved transfer: {@code on} is {@code today} (assessed as if made today) or {@code date} (on its own date). */
	@PostMapping("/licensing/transfers/{id}/rerun")
	String rerun(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "date") String on, Model model) {
		SavedTransfers.Saved s = saved.find(caller, id); // officers of the saving government only
		boolean today = "today".equals(on);
		LocalDate date = today ? LocalDate.now() : s.transfer().date();
		TransferForm form = TransferForm.of(s.transfer()).on(date);
		model.addAttribute("reopened", s);
		Shown before = views.saved(s);
		try {
			Shown now = views.assess(caller, form.transfer(date),
					(today ? "Re-run today, " : "Re-run on its date, ") + date + " (assessed " + LocalDate.now() + ")");
			model.addAttribute("result", now);
			model.addAttribute("comparison", before);
			model.addAttribute("changes", changes.between(before, now));
		}
		catch (ClientErrorException ex) {
			model.addAttribute("error", ex.detail());
		}
		return pages.page(caller, form, model);
	}
}
