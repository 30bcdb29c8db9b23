package org.plenary.registry.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.registry.Fact;
import org.plenary.registry.FactKind;
import org.plenary.registry.Precision;
import org.plenary.registry.SecurityCouncilMeasure;
import org.plenary.registry.reference.ReferenceData.StateFact;
import org.plenary.shared.ControlList;

/**
 * The facts the licensing rules turn on, each in its own file: the IAEA Board's non-compliance
 * findings ({@code states/board-findings.csv}), the Security Council's measures binding on suppliers
 * ({@code states/security-council.csv}) and the nuclear-weapon States as NPT Art. IX(3) defines
 * them ({@code states/nuclear-weapon-states.csv}).
 */
final class RuleFactFiles {

	/** The NPT's entry into force: from then on its definition of a nuclear-weapon State applies. */
	static final LocalDate NPT_IN_FORCE = LocalDate.of(1970, 3, 5);

	private RuleFactFiles() {
	}

	static List<StateFact> read() {
		List<StateFact> facts = new ArrayList<>();
		facts.addAll(findings());
		facts.addAll(measures());
		facts.addAll(nuclearWeaponStates());
		return facts;
	}

	/** state, document, date, resolved, source, verified, note: a finding counts until it is resolved. */
	static List<StateFact> findings() {
		List<StateFact> facts = new ArrayList<>();
		ReferenceFiles.read("states/board-findings.csv", row -> facts.add(fact(row.get(0), FactKind.NON_COMPLIANCE,
				row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6))));
		return facts;
	}

	/** resolution, state, from, to, lists, effect, paragraph, source, verified, note. */
	static List<StateFact> measures() {
		List<StateFact> facts = new ArrayList<>();
		ReferenceFiles.read("states/security-council.csv", row -> {
			Set<ControlList> lists = Arrays.stream(row.get(4).strip().split("\\s+")).map(ControlList::valueOf)
				.collect(Collectors.toSet());
			SecurityCouncilMeasure measure = new SecurityCouncilMeasure(row.get(0).strip(), row.get(6).strip(),
					SecurityCouncilMeasure.Effect.valueOf(row.get(5).strip()), lists);
			facts.add(fact(row.get(1), FactKind.UNSC_SANCTIONS, measure.value(), row.get(2), row.get(3), row.get(7),
					row.get(8), row.get(9)));
		});
		return facts;
	}

	/** state, first_test, source, verified, note: a nuclear-weapon State from the NPT's entry into force. */
	static List<StateFact> nuclearWeaponStates() {
		List<StateFact> facts = new ArrayList<>();
		ReferenceFiles.read("states/nuclear-weapon-states.csv", row -> {
			String firstTest = Precision.parse(row.get(1)).date().toString();
			facts.add(fact(row.get(0), FactKind.NUCLEAR_WEAPON_STATE, "NWS", NPT_IN_FORCE.toString(), "", row.get(2),
					row.get(3), "First nuclear explosion " + firstTest + ". " + row.get(4)));
		});
		return facts;
	}

	private static StateFact fact(String state, FactKind kind, String value, String from, String to, String source,
			String verified, String note) {
		Precision.Dated since = Precision.parse(from);
		if (value.strip().length() > 64 || note.strip().length() > 1024) {
			throw new IllegalArgumentException("the value (64 characters at most) or the note (1,024) is too long: '"
					+ value.strip() + "'");
		}
		if (!"true".equals(verified) && !"false".equals(verified)) {
			throw new IllegalArgumentException("verified must be true or false: '" + verified + "'");
		}
		return new StateFact(state.strip(), new Fact(kind, value.strip(), since.date(), Precision.parse(to).date(),
				since.precision(), source.strip(), List.of(), Boolean.parseBoolean(verified),
				ReferenceFiles.blankToNull(note), ReferenceData.ORIGIN, List.of()));
	}
}
