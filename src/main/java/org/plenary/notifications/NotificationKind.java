package org.plenary.notifications;

/** What a notification is about; each user chooses per kind whether it reaches the inbox and the mailbox. */
public enum NotificationKind {
	/** A proposal was tabled on the roster of the delegate's government. */
	PROPOSAL_TABLED,
	/** A silence procedure's deadline is within 48 hours and the delegate's government has not spoken. */
	DEADLINE_NEAR,
	/** A proposal was decided (adopted, blocked or left pending). */
	PROPOSAL_DECIDED,
	/** A PG opened a consultation about one of the officer's government's denials. */
	CONSULTATION_OPENED,
	/** The denying PG answered the officer's government's consultation. */
	CONSULTATION_ANSWERED,
	/** A consultation to answer is due within 48 hours. */
	CONSULTATION_DUE,
	/** An application for participation was received, put before the PGs, or admitted. */
	APPLICATION_STATUS,
	/** A published screening list changed and now matches the end user of the officer's denial or a party of their saved transfer. */
	LIST_MATCH
}
