package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.DateRange;

/**
 * A state's participation in a regime (here the NSG) over a period, with its source. Reference
 * participations come from the shipped roster; {@code DECISION} ones from admissions decided by
 * consensus.
 */
public record Participation(String state, String regime, LocalDate validFrom, LocalDate validTo, Precision fromPrecision,
		String source, List<SourceLink> links, boolean verified, String note, String origin) {

	public boolean holdsOn(LocalDate day) {
		return new DateRange(validFrom, validTo).contains(day);
	}

	public String since() {
		return fromPrecision.render(validFrom);
	}
}
