package org.plenary.stream;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.plenary.guidelines.AdoptedAmendment;
import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.Guidelines;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.DenialMatches;
import org.plenary.licensing.Transfer;
import org.plenary.licensing.TransferAssessor;
import org.plenary.registry.Registry;
import org.plenary.screening.Screening;
import org.plenary.screening.denials.Denial;
import org.plenary.screening.denials.DenialSnapshot;

/**
 * What one stream instance holds in memory: the shipped reference data (registry, Guidelines, the
 * published lists), and on top of it the denials, exceptions and amendments its global stores have
 * read. The global thread records each change here; the stream threads, before their next record,
 * see that something changed and rebuild the view once (the denial index alone for a denial; the
 * Guidelines, and the assessor over them, for an exception or an amendment). Thread-safe.
 */
public final class StreamState {

	/** The assessor and the denial register as they stand, swapped whole. */
	record View(TransferAssessor assessor, DenialSnapshot denials) {
	}

	private final Registry registry;
	private final Screening screening;
	private final Map<Long, Denial> denials = new ConcurrentHashMap<>();
	private final Map<Long, java.time.Instant> denialTimes = new ConcurrentHashMap<>();
	private final Map<String, AdoptedException> exceptions = new ConcurrentHashMap<>();
	private final Map<Long, AdoptedAmendment> amendments = new ConcurrentHashMap<>();
	private final AtomicLong denialChanges = new AtomicLong();
	private final AtomicLong guidelinesChanges = new AtomicLong();
	private volatile View view;
	private volatile long builtDenials = -1;
	private volatile long builtGuidelines = -1;
	private Guidelines guidelines;
	private volatile DenialSnapshot currentDenials;

	public StreamState(Registry registry, Screening screening) {
		this.registry = registry;
		this.screening = screening;
	}

	/** The shipped registry and lists, today from {@code clock}. */
	public static StreamState fromReferenceData(Clock clock, Screening screening) {
		return new StreamState(Registry.fromReferenceData(clock), screening);
	}

	/**
	 * A denial's whole state after a change; null for a tombstone. A record recorded before the one
	 * already held ({@code occurredAt} older: a resend after a failure) is ignored, so the newest wins.
	 */
	void denial(long id, Denial denial, java.time.Instant occurredAt) {
		if (occurredAt != null) {
			java.time.Instant held = denialTimes.get(id);
			if (held != null && occurredAt.isBefore(held)) {
				return;
			}
			denialTimes.put(id, occurredAt);
		}
		if (denial == null) {
			denials.remove(id);
			denialTimes.remove(id);
		}
		else {
			denials.put(id, denial);
		}
		denialChanges.incrementAndGet();
	}

	void exception(String key, AdoptedException exception) {
		exceptions.put(key, exception);
		guidelinesChanges.incrementAndGet();
	}

	void amendment(AdoptedAmendment amendment) {
		amendments.put(amendment.proposalId(), amendment);
		guidelinesChanges.incrementAndGet();
	}

	/**
	 * A state admitted elsewhere (the web application's {@code plenary.participants}): a PG from that
	 * day in this instance's registry, so a transfer to it is judged as to an adherent. A resend changes
	 * nothing; the assessor notices the registry's new version and drops what it derived.
	 */
	void admission(EventJson.Admission admitted) {
		registry.admit(admitted.state(), admitted.admittedOn(), admitted.reference(), admitted.proposalId());
	}

	/** The view over every change recorded so far, rebuilt here if something changed since the last one. */
	View view() {
		View v = view;
		if (v != null && builtDenials == denialChanges.get() && builtGuidelines == guidelinesChanges.get()) {
			return v;
		}
		synchronized (this) {
			long d = denialChanges.get();
			long g = guidelinesChanges.get();
			if (view != null && builtDenials == d && builtGuidelines == g) {
				return view;
			}
			TransferAssessor assessor = view == null ? null : view.assessor();
			if (guidelines == null || builtGuidelines != g) {
				List<AdoptedAmendment> ordered = new ArrayList<>(amendments.values());
				ordered.sort(Comparator.comparingLong(AdoptedAmendment::proposalId));
				List<AdoptedException> adopted = new ArrayList<>(exceptions.values());
				adopted.sort(Comparator.comparing(AdoptedException::validFrom).thenComparing(AdoptedException::state));
				guidelines = Guidelines.withAdopted(ordered, adopted);
				assessor = new TransferAssessor(registry, guidelines, List.of(new Current()));
			}
			DenialSnapshot snapshot = DenialSnapshot.of(List.copyOf(denials.values()), guidelines, screening);
			currentDenials = snapshot;
			view = new View(assessor, snapshot);
			builtDenials = d;
			builtGuidelines = g;
			return view;
		}
	}

	Screening screening() {
		return screening;
	}

	/** The denials as last built, for the assessor built once over whatever register is current. */
	private final class Current implements DenialMatches {

		@Override
		public List<DenialMatch> find(Transfer transfer, String judgingGovernment) {
			return currentDenials.find(transfer, judgingGovernment);
		}
	}
}
