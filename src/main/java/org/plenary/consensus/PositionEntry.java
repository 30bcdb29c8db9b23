package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;

import org.plenary.shared.Citation;
import org.plenary.shared.Citations;
import org.plenary.shared.StateCode;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One recorded position or statement, as kept in a proposal's history. {@code source} is what the
 * recorder typed; {@code citations} is how a reader sees it (known sources with title and address).
 */
public record PositionEntry(StateCode state, Position position, String statement, Basis basis, String source,
		LocalDate recordedOn, Instant recordedAt, String recordedBy, boolean afterDecision)
		implements java.io.Serializable {

	/** The sources the entry names, as a reader sees them. */
	@JsonProperty("citations")
	public List<Citation> citations() {
		return Citations.shipped().cite(source);
	}
}
