package org.plenary.licensing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.licensing.web.DecisionViews.Shown;
import org.plenary.web.Labels;
import org.springframework.stereotype.Component;

/**
 * What differs between two decisions on one transfer, in words: the outcome, the conditions, and the
 * reasons that appear, disappear or cite another paragraph. Each side is named by its caption, or by
 * its date when it has none.
 */
@Component
class DecisionChanges {

	private final Labels labels;

	DecisionChanges(Labels labels) {
		this.labels = labels;
	}

	List<String> between(Shown a, Shown b) {
		String first = name(a);
		String second = name(b);
		if (first.equals(second)) {
			first = first + " (before)";
			second = second + " (now)";
		}
		List<String> changes = new ArrayList<>();
		if (a.decision().outcome() != b.decision().outcome()) {
			changes.add("Outcome: " + labels.of(a.decision().outcome()) + " " + first + ", " + labels.of(b.decision().outcome())
					+ " " + second + ".");
		}
		reasons(a, b, first, second, changes);
		if (!a.decision().conditions().equals(b.decision().conditions())) {
			changes.add("Conditions: " + labels.words(a.decision().conditions()) + " " + first + "; "
					+ labels.words(b.decision().conditions()) + " " + second + ".");
		}
		if (changes.isEmpty()) {
			changes.add("Nothing changed: the same outcome, conditions and reasons " + first + " and " + second + ".");
		}
		return changes;
	}

	private void reasons(Shown a, Shown b, String first, String second, List<String> changes) {
		Map<String, String> before = codes(a);
		Map<String, String> after = codes(b);
		after.forEach((code, ref) -> {
			if (!before.containsKey(code)) {
				changes.add("Only " + second + ": " + reason(code) + " (" + ref + ").");
			}
			else if (!before.get(code).equals(ref)) {
				changes.add(reason(code) + " cites " + before.get(code) + " " + first + " but " + ref + " " + second + ".");
			}
		});
		before.forEach((code, ref) -> {
			if (!after.containsKey(code)) {
				changes.add("Only " + first + ": " + reason(code) + " (" + ref + ").");
			}
		});
	}

	private String reason(String code) {
		return labels.of("ReasonCode", code);
	}

	private static String name(Shown s) {
		return s.caption() == null ? "on " + s.date() : s.caption().substring(0, 1).toLowerCase() + s.caption().substring(1);
	}

	private static Map<String, String> codes(Shown s) {
		Map<String, String> codes = new LinkedHashMap<>();
		s.decision().reasons().forEach(r -> codes.put(r.code(), r.ref()));
		return codes;
	}
}
