package org.plenary.forecast.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default stance of each PG, derived from dated facts and the recorded history, never guessed.
 * The first rule that applies wins; each gives the stance of its {@link Settings} entry (bound from
 * {@code plenary.forecast.*}):
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
 * business (see {@code Forecasts}): analysts only see positions taken from public reports.
 */
public final class Priors {

	/**
	 * The stance each rule gives.
	 *
	 * @param base a PG with nothing on record that bears on the proposal
	 * @param nonNptSubject a proposal to admit, or to make an exception for, a state outside the NPT
	 * @param heldOutOnNonNpt a PG that held a reservation or objection on an earlier proposal concerning a
	 *        state outside the NPT
	 * @param supportedSameSubject a PG that supported an earlier proposal on the same state
	 * @param onRecordObjection a PG holding {@code OBJECTION} on this proposal on the forecast date
	 * @param onRecordReservation a PG holding {@code RESERVATION} on this proposal on the forecast date
	 * @param onRecordNoObjection a PG holding {@code NO_OBJECTION} on this proposal on the forecast date
	 * @param onRecordSupport a PG holding {@code SUPPORT} on this proposal on the forecast date
	 */
	public record Settings(Stance base, Stance nonNptSubject, Stance heldOutOnNonNpt, Stance supportedSameSubject,
			Stance onRecordObjection, Stance onRecordReservation, Stance onRecordNoObjection, Stance onRecordSupport) {
	}

	/** The proposal forecast: its type, its subject state, and the recorded proposal's id when it names one. */
	public record Proposal(String type, String subject, Long id) {
	}

	/** A position recorded on a proposal, with what the priors need to know about the proposal. */
	public record PastPosition(long proposalId, String title, String type, String subject, boolean subjectOutsideNpt,
			LocalDate tabledOn, LocalDate decidedOn, String state, String position, LocalDate recordedOn, String basis,
			String source) {
	}

	/** A PG's prior and where it came from. */
	public record Prior(Stance stance, String rule, String explanation, String source) {
	}

	/** The forecast proposal's subjects, whether each is outside the NPT on the forecast date, and the fact's source. */
	public record Subject(String code, boolean outsideNpt, String source) {
	}

	private static final Set<String> NPT_TYPES = Set.of("ADMIT_PARTICIPANT", "ADOPT_EXCEPTION");

	private final Settings settings;

	public Priors(Settings settings) {
		this.settings = settings;
	}

	/**
	 * What the rules ask of one forecast: the proposal, the day, its subjects, the positions known on
	 * the day in the order recorded, and the recorded proposal being forecast, if any.
	 */
	private record Question(Proposal proposal, LocalDate asOf, List<Subject> subjects, Set<String> subjectCodes,
			List<PastPosition> known, Optional<Long> current) {

		/** Whether the proposal admits, or makes an exception for, a state outside the NPT. */
		Optional<Subject> outsideNpt() {
			Optional<Subject> outside = subjects.stream().filter(Subject::outsideNpt).findFirst();
			return NPT_TYPES.contains(proposal.type()) ? outside : Optional.empty();
		}

		boolean isCurrent(PastPosition p) {
			return current.isPresent() && p.proposalId() == current.get();
		}
	}

	/** Each PG's prior on {@code roster}, from what was known on {@code asOf}. */
	public Map<String, Prior> derive(Proposal proposal, LocalDate asOf, List<String> roster, List<Subject> subjects,
			List<PastPosition> history) {
		List<PastPosition> known = history.stream().filter(p -> !p.tabledOn().isAfter(asOf) && !p.recordedOn().isAfter(asOf))
			.sorted(Comparator.comparing(PastPosition::recordedOn).thenComparing(PastPosition::proposalId))
			.toList();
		Question question = new Question(proposal, asOf, subjects, subjects.stream().map(Subject::code).collect(Collectors.toSet()),
				known, currentProposal(proposal, asOf, known));
		Map<String, Prior> priors = new LinkedHashMap<>();
		for (String pg : roster) {
			priors.put(pg, prior(pg, question));
		}
		return priors;
	}

	/** The recorded proposal being forecast: the one named, else an undecided one of the same type and subject. */
	private static Optional<Long> currentProposal(Proposal proposal, LocalDate asOf, List<PastPosition> known) {
		if (proposal.id() != null) {
			return Optional.of(proposal.id());
		}
		return known.stream()
			.filter(p -> p.type().equals(proposal.type()) && p.subject() != null && p.subject().equals(proposal.subject()))
			.filter(p -> p.decidedOn() == null || p.decidedOn().isAfter(asOf))
			.map(PastPosition::proposalId)
			.max(Long::compare);
	}

	/** The first rule that applies to {@code pg}. */
	private Prior prior(String pg, Question q) {
		List<PastPosition> mine = q.known().stream().filter(p -> p.state().equals(pg)).toList();
		return onRecord(mine, q)
			.or(() -> supportedSameSubject(mine, q))
			.or(() -> heldOutOnNonNpt(mine, q))
			.or(() -> nonNptSubject(q))
			.orElseGet(() -> new Prior(settings.base(), "BASE", "Nothing on record before " + q.asOf()
					+ " bears on this proposal: the default rate (an assumption, setting plenary.forecast.base).", null));
	}

	/** {@code ON_RECORD}: the PG's latest position on this very proposal. */
	private Optional<Prior> onRecord(List<PastPosition> mine, Question q) {
		return mine.stream().filter(q::isCurrent).reduce((a, b) -> b).map(p -> {
			Stance stance = switch (p.position()) {
				case "OBJECTION" -> settings.onRecordObjection();
				case "RESERVATION" -> settings.onRecordReservation();
				case "SUPPORT" -> settings.onRecordSupport();
				default -> settings.onRecordNoObjection();
			};
			return new Prior(stance, "ON_RECORD", "Holds " + p.position() + " on this proposal ('" + p.title() + "') since "
					+ p.recordedOn() + describe(p) + ".", p.source());
		});
	}

	/** {@code SUPPORTED_SAME_SUBJECT}: its final position on an earlier proposal about a subject was {@code SUPPORT}. */
	private Optional<Prior> supportedSameSubject(List<PastPosition> mine, Question q) {
		return finalPositions(mine, q).stream()
			.filter(p -> p.subject() != null && q.subjectCodes().contains(p.subject()) && "SUPPORT".equals(p.position()))
			.findFirst()
			.map(p -> new Prior(settings.supportedSameSubject(), "SUPPORTED_SAME_SUBJECT", "Supported an earlier proposal on "
					+ p.subject() + " ('" + p.title() + "', " + p.recordedOn() + describe(p) + ").", p.source()));
	}

	/** {@code HELD_OUT_ON_NON_NPT}: an NPT question, and the PG held out on an earlier proposal about a state outside the NPT. */
	private Optional<Prior> heldOutOnNonNpt(List<PastPosition> mine, Question q) {
		if (q.outsideNpt().isEmpty()) {
			return Optional.empty();
		}
		return mine.stream()
			.filter(p -> !q.isCurrent(p))
			.filter(p -> p.subjectOutsideNpt() && ("RESERVATION".equals(p.position()) || "OBJECTION".equals(p.position())))
			.findFirst()
			.map(p -> new Prior(settings.heldOutOnNonNpt(), "HELD_OUT_ON_NON_NPT", "Held " + p.position() + " on '" + p.title()
					+ "' (" + p.recordedOn() + describe(p) + "), a proposal on " + p.subject()
					+ ", a state outside the NPT: insists on the NPT as the standard.", p.source()));
	}

	/** {@code NON_NPT_SUBJECT}: the proposal admits, or makes an exception for, a state outside the NPT. */
	private Optional<Prior> nonNptSubject(Question q) {
		return q.outsideNpt().map(outside -> new Prior(settings.nonNptSubject(), "NON_NPT_SUBJECT", outside.code()
				+ " is outside the NPT on " + q.asOf()
				+ "; most PGs hold NPT adherence as the standard for admission.", outside.source()));
	}

	/** The last position on each earlier proposal. */
	private static List<PastPosition> finalPositions(List<PastPosition> mine, Question q) {
		Map<Long, PastPosition> last = new LinkedHashMap<>();
		for (PastPosition p : mine) {
			if (!q.isCurrent(p)) {
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
