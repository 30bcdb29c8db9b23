package org.plenary.consensus;

/** The outcome of recording a position: the entry now current for that PG, and whether this call recorded it. */
public record RecordedPosition(PositionEntry entry, boolean changed) {
}
