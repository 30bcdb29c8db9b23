package org.plenary.screening;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.plenary.screening.lists.ListDefinition;
import org.plenary.screening.lists.ListSource;
import org.plenary.screening.lists.ListedParty;
import org.plenary.screening.lists.SavedIndexCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A list as {@link Screening} holds it: its definition and source, its last good read (or none) with
 * its version, and the state of the last read (an error and when, if it failed; the hint to set a source,
 * for a list that has none). Immutable: a read answers a new one.
 */
record HeldList(ListDefinition definition, ListSource source, ListDefinition.Parsed good, int names, Integer version,
		Instant loadedAt, Instant checkedAt, String error, Instant failedAt) {

	private static final Logger log = LoggerFactory.getLogger(HeldList.class);

	/** Its names and aliases are counted once here, not on each answer that reports them. */
	HeldList(ListDefinition definition, ListSource source, ListDefinition.Parsed good, Integer version, Instant loadedAt,
			Instant checkedAt, String error, Instant failedAt) {
		this(definition, source, good, count(good), version, loadedAt, checkedAt, error, failedAt);
	}

	private static int count(ListDefinition.Parsed good) {
		int names = 0;
		if (good != null) {
			for (ListedParty p : good.parties()) {
				names += 1 + p.aliases().size();
			}
		}
		return names;
	}

	static HeldList unread(ListDefinition definition, ListSource source) {
		return new HeldList(definition, source, null, null, null, null, null, null);
	}

	/** A list holding the parties of {@code parties} that are on it, given whole, of unknown date; none when none is. */
	static HeldList given(ListDefinition definition, List<ListedParty> parties) {
		List<ListedParty> on = parties.stream().filter(p -> p.list().equals(definition.id())).toList();
		return new HeldList(definition, ListSource.of(null), on.isEmpty() ? null : new ListDefinition.Parsed(on, null, "unknown",
				"given"), on.isEmpty() ? null : 1, null, null, on.isEmpty() ? "no party given" : null, null);
	}

	/**
	 * Reads the list again: the same (checked now) when the server said not modified or the files are
	 * the same; a new version when they changed and parse; the last good version with the error when the
	 * read or the parse failed. Files read before are not parsed again when {@code indexes} has them saved.
	 */
	HeldList read(Instant now, SavedIndexes indexes) {
		ListDefinition d = definition;
		try {
			ListSource.Fetched fetched = source.fetch(d.files());
			if (fetched.notModified() && good != null) {
				return new HeldList(d, source, good, version, loadedAt, now, error, failedAt);
			}
			String sha256 = ListDefinition.sha256(fetched.files());
			if (good != null && good.sha256().equals(sha256)) {
				return new HeldList(d, source, good, version, loadedAt, now, null, null);
			}
			SavedIndexCodec.Saved saved = indexes.saved(d, sha256);
			ListDefinition.Parsed parsed = saved == null ? d.parse(source, fetched)
					: d.restore(saved.readings().parties(), saved.publishedInFile(), saved.rejected(), source, fetched);
			log.info("Screening list {} from {}: {} parties{}", d.id(), source, parsed.parties().size(),
					saved == null ? "" : " (saved index)");
			if (!parsed.rejected().isEmpty()) {
				log.warn("Screening list {} from {}: {} rows not read: {}", d.id(), source, parsed.rejected().size(),
						parsed.rejected().subList(0, Math.min(20, parsed.rejected().size())));
			}
			return new HeldList(d, source, parsed, null, now, now, null, null);
		}
		catch (ListSource.NotConfiguredException ex) {
			return new HeldList(d, source, null, null, null, now, ex.getMessage(), null);
		}
		catch (IOException | RuntimeException ex) {
			String why = ex instanceof java.io.FileNotFoundException || ex instanceof java.nio.file.NoSuchFileException
					? "file missing (" + ex.getMessage() + ")" : String.valueOf(ex.getMessage());
			log.warn("Screening list {} from {} not read: {}{}", d.id(), source, why,
					good == null ? "" : "; the version of " + loadedAt + " still serves");
			return new HeldList(d, source, good, version, loadedAt, now, why, now);
		}
	}

	/**
	 * The same with its version number, recorded in {@code versions} (the same number as the latest
	 * version's when the files are the same). When recording fails the list still serves, numbered one
	 * past the last, and the failure is logged.
	 */
	HeldList recorded(ListVersions versions) {
		int number;
		try {
			number = versions.record(definition, source.describe(), good, loadedAt);
		}
		catch (RuntimeException ex) {
			number = version == null ? 1 : version + 1;
			log.error("Screening list {}: its version could not be recorded", definition.id(), ex);
		}
		return new HeldList(definition, source, good, number, loadedAt, checkedAt, error, failedAt);
	}

	/** Its status at {@code now}: stale when published longer than {@code maxAge} ago or on an unknown date. */
	ListStatus status(Instant now, Duration maxAge) {
		Instant published = good == null ? null : good.publishedAt();
		Long age = published == null ? null : Duration.between(published, now).toDays();
		boolean stale = good != null && (published == null || Duration.between(published, now).compareTo(maxAge) > 0);
		String state = !source.configured() ? "NOT_CONFIGURED" : error == null ? "LOADED" : "FAILED";
		List<String> rejected = good == null ? List.of() : good.rejected();
		return new ListStatus(definition.id(), definition.title(), source.describe(), state, version,
				published, good == null ? null : good.publishedFrom(), age, stale, good == null ? 0 : good.parties().size(), names,
				good == null ? null : good.sha256(), loadedAt, checkedAt, error, failedAt, rejected.size(),
				rejected.subList(0, Math.min(ListStatus.REJECTED_SHOWN, rejected.size())));
	}
}
