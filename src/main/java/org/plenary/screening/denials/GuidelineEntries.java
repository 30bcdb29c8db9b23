package org.plenary.screening.denials;

import java.time.LocalDate;

import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.UnknownEntryException;
import org.plenary.shared.ControlList;

/** The control-list entries a denial may name, as the Guidelines read them on its date. */
record GuidelineEntries(Guidelines guidelines) implements DenialPolicy.Entries {

	@Override
	public String problem(ControlList list, String entry, LocalDate on) {
		try {
			guidelines.read(list, entry, on);
			return null;
		}
		catch (UnknownEntryException ex) {
			return ex.getMessage();
		}
	}

	@Override
	public String current(ControlList list, String entry) {
		return guidelines.currentNumber(list, entry);
	}
}
