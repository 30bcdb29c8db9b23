package org.plenary.registry;

/**
 * A cited source that has a published address: its key (e.g. {@code S61}), its title, URL and kind.
 * {@code primary} is true for the IAEA, the UN, the NSG, a treaty's depositary or an official
 * government text (or a faithful copy of one); false for press, think tanks and other secondary
 * sources, which pages label as secondary.
 */
public record SourceLink(String key, String title, String url, boolean primary) {
}
