package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.Map;

import org.plenary.shared.Audited;

/** An adopted amendment (proposal {@code proposalId}) was stored and is revision {@code document}, in force from {@code from}. */
public record AmendmentApplied(long proposalId, String document, LocalDate from, String reference) implements Audited {

	@Override
	public String actor() {
		return "system";
	}

	@Override
	public String action() {
		return "guidelines.amendment.applied";
	}

	@Override
	public String subject() {
		return "amendment/" + proposalId;
	}

	@Override
	public Object details() {
		return Map.of("document", document, "from", from.toString(), "reference", reference);
	}
}
