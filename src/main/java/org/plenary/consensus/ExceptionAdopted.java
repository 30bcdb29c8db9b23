package org.plenary.consensus;

import java.time.LocalDate;

/** An exception to the Guidelines was adopted by consensus and applies from {@code date}. */
public record ExceptionAdopted(long proposalId, String title, ExceptionPayload payload, LocalDate date, String reference) {
}
