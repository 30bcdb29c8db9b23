package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.plenary.shared.Citation;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * An exception to the Guidelines in force from {@code validFrom}: for {@code state}, items on
 * {@code lists} for {@code activity} may be transferred although the recipient lacks what
 * {@code waives} names; what {@code excludes} names stays refused. {@code reference} is what a
 * decision cites (e.g. {@code INFCIRC/734}).
 */
public record AdoptedException(String reference, String title, String state, Set<ControlList> lists,
		EndUseActivity activity, Set<String> waives, Set<String> excludes, LocalDate validFrom, String source,
		boolean verified, String origin, List<Citation> citations) {

	public boolean covers(String recipient, ControlList list, EndUseActivity use, LocalDate day) {
		return state.equals(recipient) && lists.contains(list) && activity == use && !day.isBefore(validFrom);
	}

	public boolean waives(String condition) {
		return waives.contains(condition);
	}

	public boolean excludes(String what) {
		return excludes.contains(what);
	}
}
