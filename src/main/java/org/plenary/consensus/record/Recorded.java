package org.plenary.consensus.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A position or statement as recorded: by the entry, or by a row. */
record Recorded(long entry, String stance, String statement, String basis, String source, String on, String by) {

	/** What differs from {@code stored}, or null. A legacy entry without its date is not compared on it. */
	String differenceFrom(Recorded stored) {
		List<String> changed = null;
		if (!Objects.equals(stance, stored.stance)) {
			changed = add(changed, "position " + stored.stance + " stored, " + stance + " recorded");
		}
		if (!Objects.equals(statement, stored.statement)) {
			changed = add(changed, "statement changed");
		}
		if (!Objects.equals(basis, stored.basis) || !Objects.equals(source, stored.source)) {
			changed = add(changed, "basis or source changed");
		}
		if (on != null && !on.equals(stored.on)) {
			changed = add(changed, "date " + stored.on + " stored, " + on + " recorded");
		}
		if (!Objects.equals(by, stored.by)) {
			changed = add(changed, "recorded by " + stored.by + " stored, " + by + " in the entry");
		}
		return changed == null ? null : String.join("; ", changed);
	}

	private static List<String> add(List<String> list, String item) {
		List<String> out = list == null ? new ArrayList<>(2) : list;
		out.add(item);
		return out;
	}
}


/** A decision as recorded. */
record Decided(long entry, String status, String objectors, String reservations, LocalDate on) {
}

