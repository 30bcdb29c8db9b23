package org.plenary.consensus;

import java.time.LocalDate;

/** The Chair's command to declare the outcome, on {@code on} (default today). */
public record DecideProposal(LocalDate on) {
}
