package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;
import org.plenary.shared.DateRange;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A state's participation in a regime (here the NSG) over a period, with its source. Reference
 * participations come from the shipped roster; {@code DECISION} ones from admissions decided by
 * consensus. {@code source} and {@code note} are as a reader sees them once the registry answers, with
 * {@code citations}; {@code links} keeps the keys of {@code sources.csv} and is not shown.
 */
public record Participation(String state, String regime, LocalDate validFrom, LocalDate validTo, Precision fromPrecision,
		String source, @JsonIgnore List<SourceLink> links, boolean verified, String note, String origin,
		List<Citation> citations) {

	public boolean holdsOn(LocalDate day) {
		return new DateRange(validFrom, validTo).contains(day);
	}

	public String since() {
		return fromPrecision.render(validFrom);
	}
}
