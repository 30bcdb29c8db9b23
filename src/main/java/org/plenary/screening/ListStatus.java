package org.plenary.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One published list as served: where it is read from, the version served (its number, when it was
 * published and how that is known, its parties and names, its files' SHA-256), its age in days and
 * whether that is older than {@code plenary.screening.max-age}, and the state of its last read:
 * {@code LOADED}, {@code FAILED} with the error and when (the last good version still serves, if any), or
 * {@code NOT_CONFIGURED}: a list shipped without a snapshot whose source is not set, with {@code error}
 * saying which setting to set. {@code rejectedRows} counts the rows the version served could not read
 * and {@code rejected} shows the first {@value #REJECTED_SHOWN} ({@code line N: why}).
 */
public record ListStatus(String id, String title, String source, String status, Integer version, Instant publishedAt,
		String publishedFrom, Long ageDays, boolean stale, int parties, int names, String sha256, Instant loadedAt,
		Instant checkedAt, String error, Instant failedAt, int rejectedRows, List<String> rejected) {

	/** How many rejected rows a status shows. */
	static final int REJECTED_SHOWN = 20;

	/** What every screening answer says of the list it was screened against. */
	public record Brief(String id, Integer version, Instant publishedAt, String publishedFrom, Long ageDays, boolean stale,
			int parties, String status) {
	}

	/** The day it was published (UTC), or null: what the pages show. */
	public java.time.LocalDate publishedOn() {
		return publishedAt == null ? null : publishedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
	}

	public Brief brief() {
		return new Brief(id, version, publishedAt, publishedFrom, ageDays, stale, parties, status);
	}

	/** The warnings every answer carries: a list older than the maximum age, of unknown age, failing to refresh, or missing. */
	static List<String> warnings(List<ListStatus> lists, Duration maxAge) {
		List<String> warnings = new ArrayList<>();
		for (ListStatus l : lists) {
			if (l.parties() == 0) {
				warnings.add(l.id() + " is not loaded: " + l.error() + ". Names are not screened against it.");
				continue;
			}
			if (l.rejectedRows() > 0) {
				warnings.add(l.id() + ": " + l.rejectedRows() + (l.rejectedRows() == 1 ? " row" : " rows") + " of version " + l.version()
						+ " could not be read, so not screened against (" + String.join("; ", l.rejected().subList(0,
								Math.min(3, l.rejected().size()))) + (l.rejectedRows() > 3 ? "; ..." : "") + ").");
			}
			if (l.publishedAt() == null) {
				warnings.add(l.id() + " carries no publication date (read from " + l.source() + "); its age is unknown.");
			}
			else if (l.stale()) {
				warnings.add(l.id() + " was published on " + l.publishedOn() + ", " + l.ageDays()
						+ " days ago: older than the maximum age of " + maxAge.toDays()
						+ " days (plenary.screening.max-age). A party listed since is not found.");
			}
			if (l.error() != null) {
				warnings.add(l.id() + " could not be refreshed at " + l.failedAt() + " (" + l.error() + "); version " + l.version()
						+ " of " + l.loadedAt() + " still serves.");
			}
		}
		return warnings;
	}
}
