/**
 * Applications for participation and their assessment: a state applies with evidence per factor;
 * criteria sets (data files, not code) are evaluated against the applicant's dated facts as of any
 * date, each status with the evidence behind it; the Chair turns an application into an admission
 * proposal. It reads the registry and tables proposals through the consensus module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation")
package org.plenary.participation;
