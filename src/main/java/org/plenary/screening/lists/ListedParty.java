package org.plenary.screening.lists;

import java.util.List;

/** A party on a published screening list: which list, its id there, its names, type and countries. */
public record ListedParty(String list, String entryId, String name, List<String> aliases, String type, List<String> countries) {
}
