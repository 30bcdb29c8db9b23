package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.DateRange;

/**
 * One dated fact about a state, with where it comes from.
 *
 * @param kind what the fact is about
 * @param value its value, e.g. {@code NNWS_PARTY}, {@code IN_FORCE}, {@code MEMBER}
 * @param validFrom the first day it holds, or {@code null} when the start is not recorded
 * @param validTo the first day it no longer holds, or {@code null} while it still holds
 * @param fromPrecision how precisely {@code validFrom} is known
 * @param source the sources, as the reference data cites them (nsg-domain.md §11 keys or documents)
 * @param links the cited sources that resolve to a published address
 * @param verified {@code false} where the reference brief marks the fact as unverified
 * @param note what a reader should know: disagreements between sources, caveats
 * @param origin {@code REFERENCE} for shipped data, {@code DECISION} for facts recorded by a decision
 */
public record Fact(FactKind kind, String value, LocalDate validFrom, LocalDate validTo, Precision fromPrecision,
		String source, List<SourceLink> links, boolean verified, String note, String origin) {

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
