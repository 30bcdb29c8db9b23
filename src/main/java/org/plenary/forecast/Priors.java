package org.plenary.forecast;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default stance of each PG, derived from dated facts and the recorded history, never guessed.
 * The first rule that applies wins; each gives the stance of its {@link ForecastSettings} entry:
 * <ol>
 * <li>{@code ON_RECORD}: the PG's latest position on this very proposal, recorded on or before the
 * forecast date (objection, reservation, no objection, support).</li>
 * <li>{@code SUPPORTED_SAME_SUBJECT}: its final position on an earlier proposal about the same state
 * was {@code SUPPORT}.</li>
 * <li>{@code HELD_OUT_ON_NON_NPT}: the proposal admits, or makes an exception for, a state outside the
 * NPT, and the PG held a reservation or an objection on an earlier proposal about a state outside the
 * NPT: it insists on the NPT as the standard.</li>
 * <li>{@code NON_NPT_SUBJECT}: the proposal admits, or makes an exception for, a state outside the
 * NPT on the forecast date.</li>
 * <li>{@code BASE}: nothing on record bears on the proposal.</li>
 * </ol>
 * Only what was known on the forecast date counts: positions recorded later, proposals tabled later
 * and facts that began later are ignored. Which positions a forecaster may use is the caller's
 * business (see {@link Forecasts}): analysts only see positions taken from public reports.
 */
final class Priors {

	/** A position recorded on a proposal, with what the priors need to know about the proposal. */
	record PastPosition(long proposalId, String title, String type, String subject, boolean subjectOutsideNpt,
			LocalDate tabledOn, LocalDate decidedOn, String state, String position, LocalDate recordedOn, String basis,
			String source) {
	}

	/** A PG's prior and where it came from. */
	record Prior(Stance stance, String rule, String explanation, String source) {
	}

	/** The forecast proposal's subjects, whether each is outside the NPT on the forecast date, and the fact's source. */
	record Subject(String code, boolean outsideNpt, String source) {
	}

	private static final Set<String> NPT_TYPES = Set.of("ADMIT_PARTICIPANT", "ADOPT_EXCEPTION");

	private final ForecastSettings settings;

	Priors(ForecastSettings settings) {
		this.settings = settings;
	}

	Map<String, Prior> derive(Scenario.Proposal proposal, LocalDate asOf, List<String> roster, List<Subject> subjects,
			List<PastPosition> history) {
		List<PastPosition> known = history.stream().filter(p -> !p.tabledOn().isAfter(asOf) && !p.recordedOn().isAfter(asOf))
			.sorted(Comparator.comparing(PastPosition::recordedOn).thenComparing(PastPosition::proposalId))
			.toList();
		Optional<Long> current = currentProposal(proposal, asOf, known);
		Set<String> subjectCodes = subjects.stream().map(Subject::code).collect(java.util.stream.Collectors.toSet());
		Map<String, Prior> priors = new LinkedHashMap<>();
		for (String pg : roster) {
			priors.put(pg, prior(pg, proposal, asOf, subjects, subjectCodes, known, current));
		}
		return priors;
	}

	/** The recorded proposal being forecast: the one named, else an undecided one of the same type and subject. */
	private static Optional<Long> currentProposal(Scenario.Proposal proposal, LocalDate asOf, List<PastPosition> known) {
		if (proposal.id() != null) {
			return Optional.of(proposal.id());
		}
		return known.stream()
			.filter(p -> p.type().equals(proposal.type()) && p.subject() != null && p.subject().equals(proposal.subject()))
			.filter(p -> p.decidedOn() == null || p.decidedOn().isAfter(asOf))
			.map(PastPosition::proposalId)
			.max(Long::compare);
	}

	private Prior prior(String pg, Scenario.Proposal proposal, LocalDate asOf, List<Subject> subjects, Set<String> subjectCodes,
			List<PastPosition> known, Optional<Long> current) {
		List<PastPosition> mine = known.stream().filter(p -> p.state().equals(pg)).toList();
		if (current.isPresent()) {
			Optional<PastPosition> latest = mine.stream().filter(p -> p.proposalId() == current.get()).reduce((a, b) -> b);
			if (latest.isPresent()) {
				PastPosition p = latest.get();
				Stance stance = switch (p.position()) {
					case "OBJECTION" -> settings.onRecordObjection();
					case "RESERVATION" -> settings.onRecordReservation();
					case "SUPPORT" -> settings.onRecordSupport();
					default -> settings.onRecordNoObjection();
				};
				return new Prior(stance, "ON_RECORD", "Holds " + p.position() + " on this proposal ('" + p.title() + "') since "
						+ p.recordedOn() + describe(p) + ".", p.source());
			}
		}
		for (PastPosition p : finalPositions(mine, current)) {
			if (p.subject() != null && subjectCodes.contains(p.subject()) && "SUPPORT".equals(p.position())) {
				return new Prior(settings.supportedSameSubject(), "SUPPORTED_SAME_SUBJECT", "Supported an earlier proposal on "
						+ p.subject() + " ('" + p.title() + "', " + p.recordedOn() + describe(p) + ").", p.source());
			}
		}
		Optional<Subject> outside = subjects.stream().filter(Subject::outsideNpt).findFirst();
		boolean nptQuestion = NPT_TYPES.contains(proposal.type()) && outside.isPresent();
		Optional<PastPosition> heldOut = !nptQuestion ? Optional.empty() : mine.stream()
			.filter(p -> current.isEmpty() || p.proposalId() != current.get())
			.filter(p -> p.subjectOutsideNpt() && ("RESERVATION".equals(p.position()) || "OBJECTION".equals(p.position())))
			.findFirst();
		if (heldOut.isPresent()) {
			PastPosition p = heldOut.get();
			return new Prior(settings.heldOutOnNonNpt(), "HELD_OUT_ON_NON_NPT", "Held " + p.position() + " on '" + p.title()
					+ "' (" + p.recordedOn() + describe(p) + "), a proposal on " + p.subject()
					+ ", a state outside the NPT: insists on the NPT as the standard.", p.source());
		}
		if (nptQuestion) {
			return new Prior(settings.nonNptSubject(), "NON_NPT_SUBJECT", outside.get().code() + " is outside the NPT on " + asOf
					+ "; most PGs hold NPT adherence as the standard for admission (reference brief, section 7).",
					outside.get().source());
		}
		return new Prior(settings.base(), "BASE", "Nothing on record before " + asOf + " bears on this proposal: the default "
				+ "rate (an assumption, setting plenary.forecast.base).", null);
	}

	/** The last position on each earlier proposal. */
	private static List<PastPosition> finalPositions(List<PastPosition> mine, Optional<Long> current) {
		Map<Long, PastPosition> last = new LinkedHashMap<>();
		for (PastPosition p : mine) {
			if (current.isEmpty() || p.proposalId() != current.get()) {
				last.put(p.proposalId(), p);
			}
		}
		return List.copyOf(last.values());
	}

	private static String describe(PastPosition p) {
		return switch (p.basis()) {
			case "PRESS_REPORT" -> ", from press reports";
			case "OFFICIAL_RECORD" -> ", official record";
			default -> ", recorded by its delegate";
		};
	}
}
