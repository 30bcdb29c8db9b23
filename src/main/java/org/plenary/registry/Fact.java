package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;
import org.plenary.shared.DateRange;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One dated fact about a state, with where it comes from.
 *
 * @param kind what the fact is about
 * @param value its value, e.g. {@code NNWS_PARTY}, {@code IN_FORCE}, {@code MEMBER}
 * @param validFrom the first day it holds, or {@code null} when the start is not recorded
 * @param validTo the first day it no longer holds, or {@code null} while it still holds
 * @param fromPrecision how precisely {@code validFrom} is known
 * @param source the sources: as the data files cite them (keys of {@code sources.csv}) when read, their
 *        titles once the registry answers
 * @param links the cited sources of {@code sources.csv}, with their keys (not shown to readers)
 * @param verified {@code true} where a source was read and says so
 * @param note what a reader should know: disagreements between sources, what is not confirmed
 * @param origin {@code REFERENCE} for shipped data, {@code DECISION} for facts recorded by a decision
 * @param citations the sources as a reader sees them: title, address, and whether secondary
 */
public record Fact(FactKind kind, String value, LocalDate validFrom, LocalDate validTo, Precision fromPrecision,
		String source, @JsonIgnore List<SourceLink> links, boolean verified, String note, String origin,
		List<Citation> citations) {

	public DateRange range() {
		return new DateRange(validFrom, validTo);
	}

	public boolean holdsOn(LocalDate day) {
		return range().contains(day);
	}

	/** The start as a reader should see it: "1994", "2014-07-25" or "not recorded". */
	public String since() {
		return fromPrecision.render(validFrom);
	}
}
