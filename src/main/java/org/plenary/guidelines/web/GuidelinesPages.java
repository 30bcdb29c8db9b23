package org.plenary.guidelines.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Guidelines;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Guidelines page: the texts as of a date, the control-list browser (search by number or words,
 * the tree by category, one entry's history) and the differences between two revisions of a Part.
 */
@Controller
class GuidelinesPages {

	private final GuidelinesQuery query;

	GuidelinesPages(GuidelinesQuery query) {
		this.query = query;
	}

	@GetMapping("/guidelines")
	String guidelines(@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String q,
			@RequestParam(required = false) String list, @RequestParam(required = false) String entry,
			@RequestParam(required = false) Integer part, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Guidelines guidelines = query.guidelines();
		LocalDate day = query.orToday(asOf);
		model.addAttribute("asOf", day);
		model.addAttribute("inForce", query.asOf(day));
		model.addAttribute("revisions", guidelines.revisions());
		model.addAttribute("exceptions", guidelines.exceptions());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("list", list == null ? "" : list);
		browse(guidelines, day, q, list, model);
		if (entry != null && !entry.isBlank()) {
			attempt(model, "historyError", () -> model.addAttribute("history", query.history(list == null ? "" : list, entry)));
			model.addAttribute("entry", entry);
		}
		if (part != null || from != null || to != null) {
			attempt(model, "diffError", () -> model.addAttribute("diff", query.diff(part, from, to)));
		}
		model.addAttribute("part", part == null ? 1 : part);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		return "guidelines";
	}

	/** The entries in force on the day, matching the search, as a tree: list, then category, then entries. */
	private static void browse(Guidelines guidelines, LocalDate day, String q, String list, Model model) {
		ControlList only = null;
		if (list != null && !list.isBlank()) {
			try {
				only = GuidelinesQuery.list(list);
			}
			catch (ClientErrorException ex) {
				model.addAttribute("searchError", ex.detail());
			}
		}
		List<ControlListEntry> found = guidelines.search(only, day, q);
		Map<ControlList, Map<String, List<ControlListEntry>>> tree = new LinkedHashMap<>();
		for (ControlListEntry e : found) {
			tree.computeIfAbsent(e.list(), l -> new TreeMap<>()).computeIfAbsent(e.category(), c -> new java.util.ArrayList<>()).add(e);
		}
		model.addAttribute("tree", tree);
		model.addAttribute("found", found.size());
	}

	private static void attempt(Model model, String error, Runnable action) {
		try {
			action.run();
		}
		catch (ClientErrorException ex) {
			model.addAttribute(error, ex.detail());
		}
	}
}
