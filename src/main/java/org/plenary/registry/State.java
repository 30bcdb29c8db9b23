package org.plenary.registry;

/** A state the registry knows: its ISO 3166-1 alpha-2 code, its name, whether it is a UN member. */
public record State(String code, String name, boolean unMember) {
}
