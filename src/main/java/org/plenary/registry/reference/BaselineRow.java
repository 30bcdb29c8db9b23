package org.plenary.registry.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.plenary.registry.Fact;
import org.plenary.registry.FactKind;
import org.plenary.registry.Precision;
import org.plenary.shared.CsvReader;

/**
 * Turns one row of {@code states/npt-safeguards.csv} (iso2, name, npt_status, npt_date, npt_how, csa,
 * csa_in_force, ap_status, ap_in_force, source, verified) into the state's NPT, safeguards and
 * Additional Protocol facts. The row's notes are split on "||" and each part goes to the fact it
 * speaks of.
 */
final class BaselineRow {

	private BaselineRow() {
	}

	static List<ReferenceData.StateFact> facts(CsvReader.Row row, String notes) {
		String code = row.get(0);
		String source = row.get(9);
		boolean verified = Boolean.parseBoolean(row.get(10));
		List<String> parts = Arrays.stream(notes.split("\\|\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		List<ReferenceData.StateFact> facts = new ArrayList<>();
		String npt = switch (row.get(2)) {
			case "NWS" -> "NWS";
			case "NNWS" -> "NNWS_PARTY";
			case "NON_PARTY" -> "NON_PARTY";
			case "WITHDRAWN_CONTESTED" -> "WITHDRAWN_CONTESTED";
			default -> throw new IllegalArgumentException("unknown npt_status '" + row.get(2) + "'");
		};
		String how = row.get(4).isBlank() ? "" : "By " + row.get(4) + ". ";
		facts.add(fact(code, FactKind.NPT, npt, row.get(3), source, verified, how + about(parts, "npt")));
		if (!row.get(5).isBlank()) {
			boolean sqp = row.get(5).endsWith("+SQP");
			facts.add(fact(code, FactKind.SAFEGUARDS, row.get(5).replace("+SQP", ""), row.get(6), source, verified,
					(sqp ? "With a small quantities protocol. " : "") + about(parts, "csa")));
		}
		if (!row.get(7).isBlank()) {
			String from = row.get(7).equals("IN_FORCE") ? row.get(8) : "";
			facts.add(fact(code, FactKind.ADDITIONAL_PROTOCOL, row.get(7), from, source, verified, about(parts, "ap")));
		}
		return facts;
	}

	private static ReferenceData.StateFact fact(String code, FactKind kind, String value, String from, String source,
			boolean verified, String note) {
		Precision.Dated since = Precision.parse(from);
		return new ReferenceData.StateFact(code, new Fact(kind, value, since.date(), null, since.precision(), source,
				List.of(), verified, ReferenceFiles.blankToNull(note), ReferenceData.ORIGIN, List.of()));
	}

	/** The note parts about one subject: the AP, the safeguards agreement, or (the rest) the NPT. */
	private static String about(List<String> parts, String subject) {
		return parts.stream().filter(p -> subject.equals(subjectOf(p))).collect(Collectors.joining("; "));
	}

	private static String subjectOf(String part) {
		String text = part.toLowerCase(Locale.ROOT);
		if (text.contains(" ap ") || text.startsWith("ap ") || text.contains("additional protocol")) {
			return "ap";
		}
		return text.contains("csa") || text.contains("safeguards") || text.contains("infcirc") || text.contains("sqp") ? "csa" : "npt";
	}
}
