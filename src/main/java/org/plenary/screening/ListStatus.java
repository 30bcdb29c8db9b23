package org.plenary.screening;

import java.time.Instant;

/**
 * One published list as served: where it is read from, the version served (its number, when it was
 * published and how that is known, its parties and names, its files' SHA-256), its age in days and
 * whether that is older than {@code plenary.screening.max-age}, and the state of its last read:
 * {@code LOADED}, or {@code FAILED} with the error and when (the last good version still serves, if any).
 */
public record ListStatus(String id, String title, String source, String status, Integer version, Instant publishedAt,
		String publishedFrom, Long ageDays, boolean stale, int parties, int names, String sha256, Instant loadedAt,
		Instant checkedAt, String error, Instant failedAt) {

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
}
