/**
 * Screening: denial notifications among the PGs, the no-undercut consultations, and the name
 * matching behind both, plus the published screening lists (OFAC SDN, BIS DPL, UN consolidated
 * list). It fills the licensing module's {@link org.plenary.licensing.DenialMatches} port. Only PGs'
 * users ever see a denial.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.plenary.screening;
