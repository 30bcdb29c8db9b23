package org.plenary.screening.denials;

import java.time.Instant;

/**
 * A denial as stored after a change ({@code NOTIFIED}, {@code AMENDED}, {@code REVOKED} or
 * {@code WITHDRAWN}), published in the change's transaction beside the audited {@link DenialEvent}:
 * the whole denial, for modules that pass the register on (the events to Kafka), so that they need
 * not read the register, nor see more of it than this.
 */
@org.springframework.modulith.NamedInterface("denials")
public record DenialRecorded(String change, Denial denial, Instant at) {

	static DenialRecorded of(DenialEvent event, Denial stored, Instant at) {
		String change = event instanceof DenialNotified ? "NOTIFIED"
				: event instanceof DenialAmended ? "AMENDED" : event instanceof DenialRevoked ? "REVOKED" : "WITHDRAWN";
		return new DenialRecorded(change, stored, at);
	}

	/** Whether the denial is in the register's index of active denials (status ACTIVE). */
	public boolean active() {
		return DenialAggregate.ACTIVE.equals(denial.status());
	}
}
