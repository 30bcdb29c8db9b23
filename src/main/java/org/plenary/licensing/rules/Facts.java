package org.plenary.licensing.rules;

import java.util.ArrayList;
import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Rulebook;
import org.plenary.guidelines.Sensitivity;
import org.plenary.licensing.Transfer;
import org.plenary.shared.EndUseActivity;

/**
 * What one decision rests on: the transfer, its control-list entry (none for an unlisted item), the
 * recipient's facts on its date, the rulebook of that date and the exceptions then in force for the
 * recipient.
 */
record Facts(Transfer transfer, ControlListEntry entry, Recipient recipient, Rulebook book, List<AdoptedException> exceptions) {

	/** What an exception waives when it lifts the full-scope safeguards condition (exceptions.csv, {@code waives}). */
	static final String FULL_SCOPE_SAFEGUARDS = "FULL_SCOPE_SAFEGUARDS";

	/** What an exception excludes when it does not reach enrichment and reprocessing (exceptions.csv, {@code excludes}). */
	static final String ENR = "ENR";

	/** The same facts without the exceptions: for the paragraphs that no exception reaches. */
	Facts withoutExceptions() {
		return new Facts(transfer, entry, recipient, book, List.of());
	}

	EndUseActivity use() {
		return transfer.endUse().activity();
	}

	boolean isEnr() {
		return entry.sensitivity() != null && entry.sensitivity().isEnr();
	}

	boolean isHeavyWaterProduction() {
		return entry.sensitivity() == Sensitivity.HEAVY_WATER_PRODUCTION;
	}

	/** The exception in force that covers this transfer and waives full-scope safeguards, or null. */
	AdoptedException exceptionWaivingFullScope() {
		for (AdoptedException e : exceptions) {
			if (covers(e) && e.waives(FULL_SCOPE_SAFEGUARDS)) {
				return e;
			}
		}
		return null;
	}

	/** The exceptions in force that would cover this transfer but exclude enrichment and reprocessing items. */
	List<AdoptedException> exceptionsExcludingEnr() {
		List<AdoptedException> excluding = new ArrayList<>(1);
		for (AdoptedException e : exceptions) {
			if (covers(e) && e.excludes(ENR)) {
				excluding.add(e);
			}
		}
		return excluding;
	}

	private boolean covers(AdoptedException e) {
		return e.covers(recipient.code(), transfer.item().list(), use(), transfer.date());
	}
}
