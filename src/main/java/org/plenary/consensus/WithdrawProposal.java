package org.plenary.consensus;

import org.plenary.shared.FreeText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Chair's command to withdraw a proposal that was not adopted, saying why. */
public record WithdrawProposal(@NotBlank @FreeText @Size(max = 2000) String reason) {
}
