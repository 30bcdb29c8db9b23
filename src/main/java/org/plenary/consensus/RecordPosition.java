package org.plenary.consensus;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.plenary.shared.FreeText;

/**
 * A delegate's command to record the government's position, with a statement. {@code basis} and
 * {@code source} say where a reconstructed position comes from (default: recorded by the delegate);
 * {@code on} is the day it was taken (default today).
 */
public record RecordPosition(@NotNull Position position, @FreeText @Size(max = 4000) String statement, Basis basis,
		@Size(max = 500) String source, LocalDate on) {
}
