package org.plenary.screening.denials;

import org.plenary.shared.Audited;

/**
 * Something that happened to a denial, in the past tense. Each is audited as it always was (actor,
 * {@code denial.*}, {@code denial/ID}); after the change commits, the register rebuilds its index
 * of active denials from them.
 */
public sealed interface DenialEvent extends Audited permits DenialNotified, DenialAmended, DenialRevoked, DenialWithdrawn {

	/** The denial's id. */
	long id();

	@Override
	default String subject() {
		return "denial/" + id();
	}
}
