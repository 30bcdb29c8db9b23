/**
 * No-undercut consultations: a PG asks the denying PG about an essentially identical transfer, the
 * denying PG answers (a WITHDRAW answer withdraws the denial), the consulting PG decides. Each step
 * is stored and published as an audited event.
 * Named interface {@code consultations}: other modules (notifications) listen to its events and read
 * a consultation through {@link org.plenary.screening.consultations.Consultations}.
 */
@org.springframework.modulith.NamedInterface("consultations")
package org.plenary.screening.consultations;
