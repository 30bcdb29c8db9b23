/**
 * Screening: denial notifications among the PGs, the no-undercut consultations, and the name
 * matching behind both, plus the published screening lists (OFAC SDN, BIS DPL, UN consolidated
 * list). It fills the licensing module's {@link org.plenary.licensing.DenialMatches} port. Only PGs'
 * users ever see a denial.
 *
 * <p>Its rooms: {@code matching} (the name matcher, plain Java; a named interface for the command
 * line), {@code lists} (the published lists and their index), {@code denials} (the register, its
 * aggregate and events, and reviewers' judgements), {@code consultations}, and {@code web}. The base
 * package holds {@link org.plenary.screening.Screening} (the lists as loaded, each with its
 * {@link org.plenary.screening.ListStatus}), their versions ({@link org.plenary.screening.ListVersionStore}),
 * their refresh schedule, the screening again of denials and saved transfers when a list changes
 * ({@link org.plenary.screening.ListMatchFound}), and the configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.plenary.screening;
