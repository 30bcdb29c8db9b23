package org.plenary.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.EntryReading;
import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Rulebook;
import org.plenary.guidelines.UnknownEntryException;
import org.plenary.licensing.rules.Checks;
import org.plenary.licensing.rules.ParagraphId;
import org.plenary.licensing.rules.ReasonCode;
import org.plenary.licensing.rules.Recipient;
import org.plenary.licensing.rules.Rules;
import org.plenary.licensing.rules.Verdict;
import org.plenary.registry.Registry;
import org.plenary.shared.Caller;
import org.plenary.shared.ControlList;
import org.plenary.shared.StateCode;

/**
 * The licensing module's public API: assesses a transfer under the Guidelines in force on its date,
 * against the recipient's facts on that date, the exceptions adopted and other PGs' denials. Plain
 * Java over the registry and guidelines facades; thread-safe.
 */
public class TransferAssessor {

	private final Registry registry;
	private final Guidelines guidelines;
	private final List<DenialMatches> denials;
	private volatile Map<String, Timeline> timelines = new ConcurrentHashMap<>();
	private volatile long registryVersion = -1;

	/**
	 * @throws IllegalStateException when a paragraph the rules cite has no row in the Guidelines'
	 *         paragraphs, so that the application (or batch command) does not start with rules that
	 *         would fail on the first transfer reaching it
	 */
	public TransferAssessor(Registry registry, Guidelines guidelines, List<DenialMatches> denials) {
		this.registry = registry;
		this.guidelines = guidelines;
		this.denials = List.copyOf(denials);
		ParagraphId.requireAllIn(guidelines.paragraphs());
	}

	/**
	 * Decides a transfer as the operator of the database sees it (the batch commands): every other
	 * PG's denial counts, less the pairs the supplier's officers judged different. Throws
	 * {@link InvalidTransferException} for one that cannot be read as a transfer.
	 */
	public TransferDecision assess(Transfer transfer) {
		return assess(transfer, true, null);
	}

	/**
	 * Decides a transfer as {@code reader} may see it. Denials are exchanged among the PGs only: for a
	 * reader who is not a PG's user (an analyst) they are not consulted, so the decision neither lists
	 * nor betrays them; a PG's officer sees every other PG's denial, less the pairs their own
	 * government judged different.
	 */
	public TransferDecision assess(Transfer transfer, Caller reader) {
		if (!reader.actsForParticipatingGovernment()) {
			return assess(transfer, false, null);
		}
		return assess(transfer, true, reader.government() == null ? null : reader.government().value());
	}

	private TransferDecision assess(Transfer transfer, boolean withDenials, String judgingGovernment) {
		Transfer t = Checks.valid(transfer, registry);
		Rulebook book = guidelines.rulebook(t.date());
		requireGuidelinesInForce(t, book);
		EntryReading reading = t.item().list() == ControlList.UNLISTED ? null : reading(t);
		ControlListEntry entry = reading == null ? null : reading.entry();
		Recipient recipient = recipient(t.recipient(), t.date());
		Verdict verdict = Rules.decide(t, entry, recipient, book, guidelines.exceptionsFor(recipient.code(), t.date()),
				thirdParties(t));
		TransferDecision decision = verdict.decision(t.id(), withDenials ? matches(t, judgingGovernment == null ? t.supplier()
				: judgingGovernment) : List.of());
		return noted(reading != null && reading.renumbered() ? renumbered(decision, reading) : decision, book);
	}

	/** A transfer dated before the first Guidelines (INFCIRC/254, 1978) has nothing in them to decide it. */
	private void requireGuidelinesInForce(Transfer t, Rulebook book) {
		if (!book.has(ParagraphId.P1_SCOPE.name())) {
			throw InvalidTransferException.because("date " + t.date() + " is before the Guidelines took effect ("
					+ guidelines.revisions().get(0).document() + ", " + guidelines.revisions().get(0).validFrom()
					+ "): nothing in them decides a transfer dated earlier. Give a date from then on.");
		}
	}

	/** Each reason citing a revision whose start is in doubt on the day carries the rulebook's note on it. */
	private static TransferDecision noted(TransferDecision d, Rulebook book) {
		List<Reason> given = d.reasons();
		Reason[] reasons = new Reason[given.size()];
		for (int i = 0; i < reasons.length; i++) {
			Reason r = given.get(i);
			reasons[i] = r.withRefNote(book.refNote(r.ref()));
		}
		return new TransferDecision(d.id(), d.outcome(), d.conditions(), List.of(reasons), d.denialMatches());
	}

	/**
	 * The entry the transfer names, read on its date; none for an entry its list holds only on other
	 * dates (the rules decide the item as unlisted and say why). A group, or a number the list never
	 * had, is refused.
	 */
	private EntryReading reading(Transfer t) {
		try {
			return guidelines.read(t.item().list(), t.item().entry(), t.date());
		}
		catch (UnknownEntryException ex) {
			if (guidelines.everListed(t.item().list(), t.item().entry())) {
				return null;
			}
			throw InvalidTransferException.because("item.entry: " + ex.getMessage() + "; GET /api/control-lists (or plenary "
					+ "lists) shows the entries.");
		}
	}

	/** The decision, first saying that the old number named reads as the new one it was assessed under. */
	private static TransferDecision renumbered(TransferDecision d, EntryReading reading) {
		List<Reason> reasons = new ArrayList<>(d.reasons().size() + 1);
		reasons.add(new Reason(ReasonCode.ENTRY_RENUMBERED.name(), reading.renumbering().toRevision(),
				"The " + reading.entry().list() + " " + reading.renumbering().text() + " (since " + reading.renumbering().on()
						+ "): assessed as " + reading.entry().entry() + ", " + reading.entry().title() + "."));
		reasons.addAll(d.reasons());
		return new TransferDecision(d.id(), d.outcome(), d.conditions(), List.copyOf(reasons), d.denialMatches());
	}

	/** The end user's and the consignee's states where they are not the recipient, each once. */
	private List<Rules.Party> thirdParties(Transfer t) {
		Map<String, String> roles = new java.util.LinkedHashMap<>();
		if (t.endUser() != null && t.endUser().country() != null) {
			roles.put(t.endUser().country(), "end user");
		}
		if (t.consignee() != null && t.consignee().country() != null) {
			roles.putIfAbsent(t.consignee().country(), "consignee");
		}
		roles.remove(t.recipient());
		List<Rules.Party> parties = new ArrayList<>(roles.size());
		roles.forEach((code, role) -> parties.add(new Rules.Party(role, recipient(code, t.date()),
				guidelines.exceptionsFor(code, t.date()))));
		return parties;
	}

	/**
	 * The recipient's facts on a date, cached per interval between two changes of its facts (a
	 * profile is the same all through one), so a batch over thousands of dates builds a few hundred.
	 * Each state's intervals are an array searched by date, so a transfer's lookup allocates nothing.
	 */
	Recipient recipient(String code, LocalDate date) {
		long version = registry.version();
		Map<String, Timeline> byCode = timelines;
		if (registryVersion != version) {
			byCode = new ConcurrentHashMap<>();
			timelines = byCode;
			registryVersion = version;
		}
		Timeline line = byCode.get(code);
		if (line == null) {
			line = byCode.computeIfAbsent(code, c -> Timeline.of(registry.changes(StateCode.of(c))));
		}
		int slot = line.slot(date);
		Recipient cached = line.recipients.get(slot);
		if (cached == null) {
			cached = Recipient.of(registry.profile(StateCode.of(code), date));
			line.recipients.set(slot, cached);
		}
		return cached;
	}

	/**
	 * One state's facts over time: the days its facts change, and the recipient of each interval
	 * (slot 0 before the first change, slot i + 1 from change i), built when first asked for.
	 */
	private record Timeline(long[] changes, java.util.concurrent.atomic.AtomicReferenceArray<Recipient> recipients) {

		static Timeline of(java.util.NavigableSet<LocalDate> changes) {
			long[] days = new long[changes.size()];
			int i = 0;
			for (LocalDate d : changes) {
				days[i++] = d.toEpochDay();
			}
			return new Timeline(days, new java.util.concurrent.atomic.AtomicReferenceArray<>(days.length + 1));
		}

		/** The interval holding {@code date}: 1 + the index of the last change on or before it, 0 when none is. */
		int slot(LocalDate date) {
			int found = java.util.Arrays.binarySearch(changes, date.toEpochDay());
			return found >= 0 ? found + 1 : -found - 1;
		}
	}

	private List<DenialMatch> matches(Transfer t, String judgingGovernment) {
		if (denials.isEmpty()) {
			return List.of();
		}
		List<DenialMatch> all = new ArrayList<>();
		denials.forEach(d -> all.addAll(d.find(t, judgingGovernment)));
		return all;
	}
}
