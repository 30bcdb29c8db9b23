package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal forms of every major jurisdiction, abbreviated and written out, read from
 * {@code screening/legal-forms.txt} (a selection from the ISO 20275 Entity Legal Forms code list,
 * cited there): each spelling is read as its short form by {@link CompanyForms}, each short form
 * weighs as a form, and its kind (stock, limited) tells companies apart.
 */
final class LegalForms {

	/** Spellings as {@code "words=short form"}, in file order. */
	static final List<String> SPECS;

	/** Each short form's kind: stock, limited or other. */
	static final Map<String, String> KINDS;

	static {
		List<String> specs = new ArrayList<>();
		Map<String, String> kinds = new LinkedHashMap<>();
		for (String[] f : DataTable.rows("legal-forms.txt", 4, 4, "short | kind | jurisdictions | spellings")) {
			kinds.putIfAbsent(f[0], f[1]);
			for (String spelling : f[3].split("\\s*;\\s*")) {
				if (!spelling.isBlank() && !spelling.equals(f[0])) {
					specs.add(spelling + "=" + f[0]);
				}
			}
		}
		SPECS = List.copyOf(specs);
		KINDS = Map.copyOf(kinds);
	}

	private LegalForms() {
	}

	/** The built-in spellings, then the file's. */
	static List<String> withBuiltIn(String... builtIn) {
		List<String> all = new ArrayList<>(List.of(builtIn));
		all.addAll(SPECS);
		return all;
	}

	/** The given tokens and every word of the file's short forms. */
	static Set<String> plusShortForms(String... tokens) {
		Set<String> all = new HashSet<>(List.of(tokens));
		for (String shortForm : KINDS.keySet()) {
			all.addAll(List.of(shortForm.split(" ")));
		}
		return Set.copyOf(all);
	}

	/** The given forms and the file's single-word short forms of one kind. */
	static Set<String> plusKind(String kind, String... tokens) {
		Set<String> all = new HashSet<>(List.of(tokens));
		KINDS.forEach((shortForm, k) -> {
			if (k.equals(kind) && !shortForm.contains(" ")) {
				all.add(shortForm);
			}
		});
		return Set.copyOf(all);
	}
}
