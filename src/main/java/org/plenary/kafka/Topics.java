package org.plenary.kafka;

/** The topics Plenary writes its integration events to, one per kind, and those the stream reads and writes. */
public final class Topics {

	public static final String DENIALS = "plenary.denials";
	public static final String EXCEPTIONS = "plenary.exceptions";
	public static final String PARTICIPANTS = "plenary.participants";
	public static final String GUIDELINES = "plenary.guidelines";
	public static final String DECISIONS = "plenary.decisions";

	public static final String TRANSFERS = "plenary.transfers";
	public static final String TRANSFER_DECISIONS = "plenary.transfer-decisions";
	public static final String TRANSFER_ERRORS = "plenary.transfer-errors";
	public static final String PARTIES = "plenary.parties";
	public static final String PARTY_HITS = "plenary.party-hits";

	/** The topics the web application writes. */
	public static final String[] EVENTS = { DENIALS, EXCEPTIONS, PARTICIPANTS, GUIDELINES, DECISIONS };

	/** Every Plenary topic, for a broker to create at start. */
	public static final String[] ALL = { DENIALS, EXCEPTIONS, PARTICIPANTS, GUIDELINES, DECISIONS, TRANSFERS,
			TRANSFER_DECISIONS, TRANSFER_ERRORS, PARTIES, PARTY_HITS };

	private Topics() {
	}
}
