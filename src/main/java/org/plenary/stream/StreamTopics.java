package org.plenary.stream;

import java.util.List;

/** The topics the stream reads and writes (docs/events.md has their JSON). */
public final class StreamTopics {

	public static final String TRANSFERS = "plenary.transfers";
	public static final String TRANSFER_DECISIONS = "plenary.transfer-decisions";
	public static final String TRANSFER_ERRORS = "plenary.transfer-errors";
	public static final String PARTIES = "plenary.parties";
	public static final String PARTY_HITS = "plenary.party-hits";
	public static final String DENIALS = "plenary.denials";
	public static final String EXCEPTIONS = "plenary.exceptions";
	public static final String GUIDELINES = "plenary.guidelines";
	public static final String PARTICIPANTS = "plenary.participants";

	/** The topics partitioned for the work (more partitions, more instances sharing it). */
	public static final List<String> WORK = List.of(TRANSFERS, TRANSFER_DECISIONS, TRANSFER_ERRORS, PARTIES, PARTY_HITS);

	/** The topics every instance reads whole into its global stores. */
	public static final List<String> GLOBAL = List.of(DENIALS, EXCEPTIONS, GUIDELINES, PARTICIPANTS);

	private StreamTopics() {
	}
}
