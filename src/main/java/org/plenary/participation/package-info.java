/**
 * Applications for participation and their assessment: a state applies with evidence per factor;
 * criteria sets (data files, not code) are evaluated against the applicant's dated facts as of any
 * date, each status with the evidence behind it; the Chair turns an application into an admission
 * proposal. It reads the registry and tables proposals through the consensus module.
 * <p>
 * The base package is its API ({@link org.plenary.participation.Applications}, the commands, views and
 * the events the audit chain records); {@code criteria} reads the criteria sets and evaluates them
 * (plain Java); {@code web} serves the API and the pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation")
package org.plenary.participation;
