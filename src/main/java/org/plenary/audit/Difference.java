package org.plenary.audit;

/**
 * A difference between what the chain records and what is stored: the record it concerns (e.g.
 * {@code proposal/3/positions/CN}), the entry that recorded its audited state (null when no entry
 * records it), and what differs.
 */
public record Difference(String subject, Long entry, String problem) {
}
