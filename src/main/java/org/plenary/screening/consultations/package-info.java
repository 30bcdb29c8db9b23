/**
 * No-undercut consultations: a PG asks the denying PG about an essentially identical transfer, the
 * denying PG answers (a WITHDRAW answer withdraws the denial), the consulting PG decides. Each step
 * is stored and published as an audited event.
 */
package org.plenary.screening.consultations;
