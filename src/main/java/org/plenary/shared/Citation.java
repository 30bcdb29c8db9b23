package org.plenary.shared;

/**
 * A source as a reader sees it: its title, its address (null for a document without a published
 * address, such as a decision recorded here) and whether it is secondary (press, think tank), which
 * pages label as such.
 */
public record Citation(String title, String url, boolean secondary) {
}
