package org.plenary.registry;

/** A permanent observer of the NSG (not a state), with its source. */
public record Observer(String name, String since, String source, boolean verified, String note) {
}
