package org.plenary.consensus;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.StateCode;

/**
 * What an {@code ADOPT_EXCEPTION} proposal allows: for {@code state}, transfers of items on
 * {@code lists} for {@code activity}, waiving {@code waives}, with {@code excludes} still refused.
 * Example (the 2008 statement on India): {@code {"state": "IN", "lists": ["TRIGGER", "DUAL_USE"],
 * "activity": "SAFEGUARDED_NUCLEAR", "waives": ["FULL_SCOPE_SAFEGUARDS"], "excludes": ["ENR"]}}.
 */
public record ExceptionPayload(StateCode state,
		@Size(max = 3, message = "must list at most {max} control lists") List<ControlList> lists, EndUseActivity activity,
		@Size(max = 5, message = "must have at most {max} items") List<Waiver> waives,
		@Size(max = 5, message = "must have at most {max} items") List<Exclusion> excludes) implements ProposalPayload {

	/** A condition of supply the exception waives. */
	public enum Waiver {
		FULL_SCOPE_SAFEGUARDS
	}

	/** What stays refused under the exception. */
	public enum Exclusion {
		/** Enrichment and reprocessing items and technology. */
		ENR
	}

	public ExceptionPayload {
		lists = lists == null ? List.of() : List.copyOf(lists);
		waives = waives == null ? List.of() : List.copyOf(waives);
		excludes = excludes == null ? List.of() : List.copyOf(excludes);
	}
}
