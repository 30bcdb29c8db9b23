package org.plenary.screening.lists;

import java.time.Instant;
import java.util.List;

/**
 * What a reader got from a list's files: its parties, the publication date the file carries (or null),
 * and the rows it could not read, each as {@code line N: why}. A file that is not the list at all (no
 * header, not the publisher's XML) is an {@link java.io.IOException} instead, and the last good version stays.
 */
record ListRead(List<ListedParty> parties, Instant publishedAt, List<String> rejected) {

	ListRead {
		parties = List.copyOf(parties);
		rejected = List.copyOf(rejected);
	}
}
