package org.plenary.consensus;

/**
 * A proposal's state: {@code OPEN} until first decided; then {@code ADOPTED} (final), {@code BLOCKED}
 * (some PG objects) or {@code PENDING} (only reservations). A blocked or pending proposal may be
 * decided again once positions change. {@code WITHDRAWN}: the Chair took it off the table before it
 * was adopted; like adoption, that is final.
 */
public enum ProposalStatus {
	OPEN, ADOPTED, BLOCKED, PENDING, WITHDRAWN
}
