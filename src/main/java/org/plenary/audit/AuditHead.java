package org.plenary.audit;

/**
 * The chain's head: its last entry's number and hash, and their MAC. Published (for example in the
 * minutes of each Plenary), it anchors the chain: any later rewrite of an entry up to {@code seq}
 * changes the hash at {@code seq}, and any removal leaves the chain shorter than {@code seq}, so
 * {@code plenary audit verify --head FILE} finds either, with or without the key.
 */
public record AuditHead(long seq, String hash, String mac) {
}
