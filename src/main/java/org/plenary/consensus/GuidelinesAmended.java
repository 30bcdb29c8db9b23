package org.plenary.consensus;

import java.time.LocalDate;

/**
 * An amendment of the Guidelines was adopted by consensus: the next revision of its Part, in force
 * from {@code effective} (the amendment's own date, or the decision's if that is later).
 */
public record GuidelinesAmended(long proposalId, String title, GuidelinesAmendment amendment, LocalDate effective,
		String reference) {
}
