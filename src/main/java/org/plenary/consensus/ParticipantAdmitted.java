package org.plenary.consensus;

import java.time.LocalDate;

import org.plenary.shared.StateCode;

/** A state was admitted as a Participating Government by consensus, from {@code date}. */
public record ParticipantAdmitted(long proposalId, StateCode state, LocalDate date, String reference) {
}
