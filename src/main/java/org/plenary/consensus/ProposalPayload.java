package org.plenary.consensus;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The structured part of a proposal, told apart by its fields (no type property is written or
 * needed): an {@link ExceptionPayload} for {@code ADOPT_EXCEPTION} ({@code state}, {@code lists},
 * ...), a {@link GuidelinesAmendment} for {@code AMEND_GUIDELINES} ({@code part}, {@code effective},
 * ...).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({ @JsonSubTypes.Type(ExceptionPayload.class), @JsonSubTypes.Type(GuidelinesAmendment.class) })
public sealed interface ProposalPayload permits ExceptionPayload, GuidelinesAmendment {
}
