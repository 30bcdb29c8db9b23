package org.plenary.registry;

/** An NSG chairmanship: its term, the chairing state, the person where known, and the Plenary it hosted. */
public record Chair(String term, String state, String chair, String plenary, String source, boolean verified) {
}
