/**
 * Group decisions taken by consensus of the PGs on a proposal's roster: Plenary sessions, proposals
 * (admit a participant, adopt an exception, amend the Guidelines, adopt a statement), positions with
 * their full history, decisions at a Plenary or by silence procedure. Its effects leave as events
 * ({@link org.plenary.consensus.ParticipantAdmitted}, {@link org.plenary.consensus.ExceptionAdopted})
 * for other modules to act on. It learns the roster through the
 * {@link org.plenary.consensus.ParticipatingGovernments} port and knows nothing of transfers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consensus")
package org.plenary.consensus;
