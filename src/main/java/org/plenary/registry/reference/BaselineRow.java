package org.plenary.registry.reference;

import java.util.ArrayList;
import java.util.List;

import org.plenary.registry.Fact;
import org.plenary.registry.FactKind;
import org.plenary.registry.Precision;
import org.plenary.shared.CsvReader;

/**
 * Turns one row of {@code states/npt-safeguards.csv} into the state's NPT, safeguards and Additional
 * Protocol facts. Each fact has its own columns: value, date, source, verified flag and note
 * (iso2, name, npt_status, npt_date, npt_how, npt_source, npt_verified, npt_note, csa, csa_in_force,
 * csa_source, csa_verified, csa_note, ap_status, ap_in_force, ap_source, ap_verified, ap_note).
 */
final class BaselineRow {

	private static final int NPT = 2;
	private static final int CSA = 8;
	private static final int AP = 13;

	private BaselineRow() {
	}

	static List<ReferenceData.StateFact> facts(CsvReader.Row row) {
		String code = row.get(0);
		List<ReferenceData.StateFact> facts = new ArrayList<>();
		String npt = switch (row.get(NPT)) {
			case "NWS" -> "NWS";
			case "NNWS" -> "NNWS_PARTY";
			case "NON_PARTY" -> "NON_PARTY";
			case "WITHDRAWN_CONTESTED" -> "WITHDRAWN_CONTESTED";
			default -> throw new IllegalArgumentException("unknown npt_status '" + row.get(NPT) + "'");
		};
		String how = row.get(NPT + 2).isBlank() ? "" : "By " + row.get(NPT + 2) + ". ";
		facts.add(fact(code, FactKind.NPT, npt, row.get(NPT + 1), row, NPT + 3, how + row.get(NPT + 5)));
		if (!row.get(CSA).isBlank()) {
			boolean sqp = row.get(CSA).endsWith("+SQP");
			facts.add(fact(code, FactKind.SAFEGUARDS, row.get(CSA).replace("+SQP", ""), row.get(CSA + 1), row, CSA + 2,
					(sqp ? "With a small quantities protocol. " : "") + row.get(CSA + 4)));
		}
		if (!row.get(AP).isBlank()) {
			String from = row.get(AP).equals("IN_FORCE") ? row.get(AP + 1) : "";
			facts.add(fact(code, FactKind.ADDITIONAL_PROTOCOL, row.get(AP), from, row, AP + 2, row.get(AP + 4)));
		}
		return facts;
	}

	/** One fact whose source, verified flag and note are the three columns from {@code sourceColumn} on. */
	private static ReferenceData.StateFact fact(String code, FactKind kind, String value, String from, CsvReader.Row row,
			int sourceColumn, String note) {
		Precision.Dated since = Precision.parse(from);
		return new ReferenceData.StateFact(code, new Fact(kind, value, since.date(), null, since.precision(),
				row.get(sourceColumn), List.of(), Boolean.parseBoolean(row.get(sourceColumn + 1)),
				ReferenceFiles.blankToNull(note.strip()), ReferenceData.ORIGIN, List.of()));
	}
}
