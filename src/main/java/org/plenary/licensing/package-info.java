/**
 * Transfer assessment: a plain-Java rules engine that decides APPROVE (with the conditions the
 * Guidelines attach), DENY, CONSULT or REFER for a transfer on its date, from the recipient's facts
 * on that date, the Guidelines' paragraphs and exceptions in force, and other PGs' denials (through
 * the {@link org.plenary.licensing.DenialMatches} port). Every reason cites the paragraph in force.
 * It never answers from a table of known cases.
 *
 * <p>The base package is the module's API: {@link org.plenary.licensing.TransferAssessor}, the
 * transfer and decision types, the {@link org.plenary.licensing.DenialMatches} port, the batch JSON,
 * saved transfers and their {@link org.plenary.licensing.TransferSaved} event. The rules live in
 * {@code rules}, the controllers in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licensing")
package org.plenary.licensing;
