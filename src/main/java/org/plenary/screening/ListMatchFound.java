package org.plenary.screening;

/**
 * A published list changed and now matches a party it did not match before: the end user of an active
 * denial ({@code subject} {@code denial}) or a party of a saved transfer ({@code transfer}). Published
 * once per (subject, list entry, list version); notifications tell the officer who owns the subject.
 *
 * @param list the list, e.g. OFAC-SDN
 * @param version the list's version that first matches
 * @param entryId the entry on the list
 * @param matchedName the listed name that matched
 * @param score the match score
 * @param subject {@code denial} or {@code transfer}
 * @param subjectId the denial's or saved transfer's id
 * @param partyName the name of the party screened
 * @param owner the account that notified the denial or saved the transfer
 * @param government the owner's government
 */
public record ListMatchFound(String list, int version, String entryId, String matchedName, double score, String subject,
		long subjectId, String partyName, String owner, String government) {

	/** The same for every delivery of this match: one notification per owner. */
	public String key() {
		return "list-match:" + subject + ":" + subjectId + ":" + list + ":" + entryId + ":v" + version;
	}
}
