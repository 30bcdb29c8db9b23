package org.plenary.screening.denials;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.ControlList;

/**
 * A denial notified by a PG: who denied what to whom, where, for what, why, and until when it counts.
 * {@code status} is ACTIVE, REVOKED (by its PG) or WITHDRAWN (after a consultation). What a reader sees;
 * {@link DenialAggregate} holds the rules that change it.
 */
@org.springframework.modulith.NamedInterface("denials")
public record Denial(long id, String notifyingPg, String reference, LocalDate deniedOn, ControlList list, String entry,
		String endUserName, List<String> aliases, String address, String destination, String endUse, String reasonClass,
		String status, LocalDate validUntil, String notifiedBy) {

	/** Whether the denial counts on {@code day}: active, already notified, not yet expired. */
	public boolean countsOn(LocalDate day) {
		return DenialAggregate.counts(status, deniedOn, validUntil, day);
	}
}
