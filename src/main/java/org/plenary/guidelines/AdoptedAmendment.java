package org.plenary.guidelines;

import java.time.LocalDate;

import org.plenary.consensus.GuidelinesAmendment;

/**
 * An amendment of the Guidelines adopted by consensus (proposal {@code proposalId}): the next
 * revision of its Part, in force from {@code effective}.
 */
public record AdoptedAmendment(long proposalId, String reference, String title, LocalDate effective,
		GuidelinesAmendment amendment) {

	public int part() {
		return amendment.part();
	}
}
