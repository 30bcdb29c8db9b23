package org.plenary.guidelines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Revision;
import org.plenary.guidelines.RevisionDiff;
import org.plenary.shared.ControlList;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The questions the API and the page ask of the Guidelines, with the refusals a person can act on. */
@Component
class GuidelinesQuery {

	private final Guidelines guidelines;
	private final Clock clock;

	GuidelinesQuery(Guidelines guidelines, Clock clock) {
		this.guidelines = guidelines;
		this.clock = clock;
	}

	Guidelines guidelines() {
		return guidelines;
	}

	LocalDate orToday(LocalDate asOf) {
		return asOf == null ? LocalDate.now(clock) : asOf;
	}

	/** The Guidelines as they stood on a day: each Part's revision and the paragraphs then in force. */
	AsOf asOf(LocalDate date) {
		return new AsOf(date, new InForce(guidelines.revision(1, date), guidelines.revision(2, date)),
				guidelines.paragraphs().stream().filter(p -> p.inForceOn(date)).toList(), guidelines.amendments().size());
	}

	record AsOf(LocalDate asOf, InForce revisions, List<org.plenary.guidelines.Paragraph> paragraphs, int amendmentsAdopted) {
	}

	record InForce(Revision part1, Revision part2) {
	}

	List<ControlListEntry> history(String list, String entry) {
		ControlList parsed = list(list);
		List<ControlListEntry> history = guidelines.history(parsed, entry.strip());
		if (history.isEmpty()) {
			throw NotFoundException.of("entry-not-found", "No such entry", "The " + parsed + " list has no entry '" + entry
					+ "' in any revision; GET /api/control-lists?list=" + parsed + "&q=" + entry + " searches by number or words.");
		}
		return history;
	}

	RevisionDiff diff(Integer part, String from, String to) {
		if (part == null || part < 1 || part > 2) {
			throw InvalidInputException.of("bad-part", "Unknown Part", "'part' must be 1 (the Trigger List Guidelines) or 2 "
					+ "(the Dual-Use Guidelines).");
		}
		return guidelines.diff(revision(part, from, "from"), revision(part, to, "to"));
	}

	private Revision revision(int part, String name, String field) {
		String known = String.join(", ", guidelines.revisions().stream().filter(r -> r.part() == part).map(Revision::revision).toList());
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("bad-revision", "Revision required", "'" + field + "' is required: one of " + known + ".");
		}
		return guidelines.revision(part, name.strip()).orElseThrow(() -> InvalidInputException.of("bad-revision",
				"Unknown revision", "'" + field + "' is '" + name + "', not a revision of Part " + part + "; one of " + known + "."));
	}

	static ControlList list(String list) {
		try {
			return ControlList.valueOf(list.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("bad-list", "Unknown list", "'list' is '" + list + "'; use TRIGGER or DUAL_USE.");
		}
	}
}
