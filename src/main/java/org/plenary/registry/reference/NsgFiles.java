package org.plenary.registry.reference;

import java.util.ArrayList;
import java.util.List;

import org.plenary.registry.Chair;
import org.plenary.registry.Observer;
import org.plenary.registry.Participation;
import org.plenary.registry.Precision;

/** The NSG's own files under {@code nsg/}: its Participating Governments since, its observers, its chairs. */
final class NsgFiles {

	private static final String NSG = "NSG";

	private NsgFiles() {
	}

	/** {@code nsg/participants.csv}: state, since, source, verified, note; each still participating. */
	static List<Participation> participants() {
		List<Participation> result = new ArrayList<>();
		ReferenceFiles.read("nsg/participants.csv", row -> {
			Precision.Dated since = Precision.parse(row.get(1));
			result.add(new Participation(row.get(0), NSG, since.date(), null, since.precision(), row.get(2),
					List.of(), Boolean.parseBoolean(row.get(3)), ReferenceFiles.blankToNull(row.get(4)), ReferenceData.ORIGIN, List.of()));
		});
		return result;
	}

	/** {@code nsg/observers.csv}: name, since, source, verified, note. */
	static List<Observer> observers() {
		List<Observer> result = new ArrayList<>();
		ReferenceFiles.read("nsg/observers.csv", row -> result.add(new Observer(row.get(0),
				ReferenceFiles.blankToNull(row.get(1)), row.get(2), Boolean.parseBoolean(row.get(3)),
				ReferenceFiles.blankToNull(row.get(4)))));
		return result;
	}

	/** {@code nsg/chairs.csv}: term, state, chair, plenary, source, verified, note. */
	static List<Chair> chairs() {
		List<Chair> result = new ArrayList<>();
		ReferenceFiles.read("nsg/chairs.csv", row -> result.add(new Chair(row.get(0), row.get(1),
				ReferenceFiles.blankToNull(row.get(2)), ReferenceFiles.blankToNull(row.get(3)), row.get(4),
				Boolean.parseBoolean(row.get(5)), ReferenceFiles.blankToNull(row.get(6)))));
		return result;
	}
}
