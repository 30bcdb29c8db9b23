package org.plenary.guidelines.web;

import java.time.LocalDate;
import java.util.List;

import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Renumbering;
import org.plenary.guidelines.Revision;
import org.plenary.guidelines.RevisionDiff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The Guidelines over HTTP: public, read-only, as of any date (default: today). */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Guidelines", description = "The Guidelines' revisions, paragraphs and control lists on any date")
class GuidelinesApi {

	private static final String AS_OF = "The date to answer as of, ISO-8601 (YYYY-MM-DD); default today";

	private final GuidelinesQuery query;

	GuidelinesApi(GuidelinesQuery query) {
		this.query = query;
	}

	@GetMapping("/guidelines")
	@Operation(summary = "The Guidelines on a date: each Part's revision in force and the deciding paragraphs")
	GuidelinesQuery.AsOf guidelines(@Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
		return query.asOf(query.orToday(asOf));
	}

	@GetMapping("/guidelines/revisions")
	@Operation(summary = "Every revision of both Parts, oldest first, including those adopted by consensus here")
	List<Revision> revisions() {
		return query.guidelines().revisions();
	}

	@GetMapping("/guidelines/diff")
	@Operation(summary = "What differs between two revisions of one Part: entries and paragraphs added, removed, changed")
	RevisionDiff diff(@Parameter(description = "1 or 2") @RequestParam(required = false) Integer part,
			@Parameter(description = "A revision, e.g. Rev.10") @RequestParam(required = false) String from,
			@Parameter(description = "A later revision, e.g. Rev.11") @RequestParam(required = false) String to) {
		return query.diff(part, from, to);
	}

	@GetMapping("/control-lists")
	@Operation(summary = "The control-list entries in force on a date (default today), optionally of one list, "
			+ "optionally those whose number starts with q or whose title holds its words")
	List<ControlListEntry> lists(@RequestParam(required = false) String list,
			@Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf,
			@Parameter(description = "A number prefix (5.2) or words of a title") @RequestParam(required = false) String q) {
		return query.guidelines().search(list == null || list.isBlank() ? null : GuidelinesQuery.list(list), query.orToday(asOf), q);
	}

	@GetMapping("/control-lists/renumbering")
	@Operation(summary = "The renumbering between revisions: an old number, the new one(s), the revisions and the day")
	List<Renumbering> renumbering() {
		return query.guidelines().renumberings();
	}

	@GetMapping("/control-lists/{list}/{entry}/history")
	@Operation(summary = "Every version of one entry: its titles and the revisions in which it stood")
	List<ControlListEntry> history(@PathVariable String list, @PathVariable String entry) {
		return query.history(list, entry);
	}
}
