package org.plenary.shared;

/**
 * What went wrong with one item of a batch (a line of JSON Lines, an element of an array): a title
 * and a detail a person can act on, always written in that order.
 */
public record ItemError(String title, String detail) {
}
