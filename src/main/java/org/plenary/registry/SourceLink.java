package org.plenary.registry;

/** A cited source that has a published address: its key (e.g. {@code S61}), its title and URL. */
public record SourceLink(String key, String title, String url) {
}
