package org.plenary.consensus;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** The Chair's command to extend a silence procedure to a later deadline. */
public record ExtendSilence(@NotNull Instant deadline) {
}
