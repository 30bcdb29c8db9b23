package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.Map;

import org.plenary.shared.Audited;

/** An exception adopted by consensus (proposal {@code proposalId}) was stored and applies to {@code state} from {@code from}. */
public record ExceptionApplied(long proposalId, String state, LocalDate from, String reference) implements Audited {

	@Override
	public String actor() {
		return "system";
	}

	@Override
	public String action() {
		return "guidelines.exception.applied";
	}

	@Override
	public String subject() {
		return "exception/" + proposalId;
	}

	@Override
	public Object details() {
		return Map.of("state", state, "from", from.toString(), "reference", reference);
	}
}
