package org.plenary.licensing;

import java.util.Map;

import org.plenary.shared.Audited;

/**
 * An officer saved a transfer with its decision: published in the transaction that stored it, so the
 * audit chain records it with the row.
 *
 * @param actor the officer's account name
 * @param id the saved transfer's id, as {@code /api/transfers/{id}} names it
 * @param government the officer's government, the only one that sees it
 * @param transferId the transfer's own {@code id}, as the officer wrote it (may be null)
 * @param outcome the decision it had when saved
 */
public record TransferSaved(String actor, long id, String government, String transferId, Outcome outcome) implements Audited {

	@Override
	public String action() {
		return "transfer.saved";
	}

	@Override
	public String subject() {
		return "transfer/" + id;
	}

	@Override
	public Object details() {
		return Map.of("government", government, "transferId", String.valueOf(transferId), "outcome", outcome.name());
	}
}
