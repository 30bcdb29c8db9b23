/**
 * The denial register: the {@link org.plenary.screening.denials.DenialAggregate} and its rules (plain
 * Java), its past-tense {@link org.plenary.screening.denials.DenialEvent}s, the application service
 * {@link org.plenary.screening.denials.Denials} with its JDBC store and the in-memory
 * {@code DenialIndex} that answers the licensing module's denial-match question; and the reviewers'
 * {@link org.plenary.screening.denials.Judgements} that stop a (name, listed party or denial) pair
 * from matching for whoever judged it.
 */
package org.plenary.screening.denials;
