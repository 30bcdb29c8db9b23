package org.plenary.consensus.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.consensus.Basis;
import org.plenary.consensus.Decision;
import org.plenary.consensus.ExceptionAdopted;
import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.GuidelinesAmended;
import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.ParticipantAdmitted;
import org.plenary.consensus.Position;
import org.plenary.consensus.PositionEntry;
import org.plenary.consensus.PositionRecorded;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalDecided;
import org.plenary.consensus.ProposalRow;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalWithdrawn;
import org.plenary.consensus.RecordPosition;
import org.plenary.consensus.RecordedPosition;
import org.plenary.consensus.SilenceExtended;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.StateCode;

/** The proposal aggregate's rules, as plain Java with a fixed clock: each accepted and each refused. */
class ProposalTests {

	static final StateCode US = StateCode.of("US"), CN = StateCode.of("CN"), FR = StateCode.of("FR"),
			IN = StateCode.of("IN");
	static final Instant NOW = Instant.parse("2026-06-24T10:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	static final LocalDate TABLED = LocalDate.parse("2026-06-20");

	static Proposal plenary(ProposalType type, ProposalStatus status, Long decidedChanges, long changes) {
		return Proposal.of(row(type, Procedure.PLENARY, null, status, decidedChanges, changes), List.of(US, CN, FR),
				Map.of(), Map.of());
	}

	static Proposal open() {
		return plenary(ProposalType.ADMIT_PARTICIPANT, ProposalStatus.OPEN, null, 0);
	}

	static Proposal silence(Instant deadline) {
		return Proposal.of(row(ProposalType.ADOPT_STATEMENT, Procedure.SILENCE, deadline, ProposalStatus.OPEN, null, 0),
				List.of(US, CN, FR), Map.of(), Map.of());
	}

	static ProposalRow row(ProposalType type, Procedure procedure, Instant deadline, ProposalStatus status,
			Long decidedChanges, long changes) {
		return new ProposalRow(7, type, type == ProposalType.ADMIT_PARTICIPANT ? IN : null, "Admit India", null, procedure,
				deadline, null, null, null, TABLED, NOW.minusSeconds(86400 * 4), "chair", status,
				status == ProposalStatus.OPEN ? null : TABLED.plusDays(1), changes, decidedChanges);
	}

	static RecordPosition position(Position position) {
		return new RecordPosition(position, null, null, null, null);
	}

	static ClientErrorException refusal(Runnable command) {
		try {
			command.run();
		}
		catch (ClientErrorException ex) {
			return ex;
		}
		throw new AssertionError("the command was accepted");
	}

	@Test
	void aPgOnTheRosterRecordsItsPositionDatedTodayWithTheDefaultBasis() {
		Proposal p = open();
		RecordedPosition recorded = p.record(US, position(Position.SUPPORT), "delegate-us", CLOCK);
		assertThat(recorded.changed()).isTrue();
		assertThat(recorded.entry().recordedOn()).isEqualTo(LocalDate.parse("2026-06-24"));
		assertThat(recorded.entry().basis()).isEqualTo(Basis.RECORDED);
		assertThat(recorded.entry().afterDecision()).isFalse();
		assertThat(p.row().changes()).isEqualTo(1);
		assertThat(p.events()).singleElement().isInstanceOfSatisfying(PositionRecorded.class, e -> {
			assertThat(e.action()).isEqualTo("proposal.position.recorded");
			assertThat(e.subject()).isEqualTo("proposal/7/positions/US");
			assertThat(e.actor()).isEqualTo("delegate-us");
		});
	}

	@Test
	void theSamePositionTwiceIsRecordedOnce() {
		Proposal p = open();
		p.record(US, new RecordPosition(Position.OBJECTION, "No.", null, null, null), "delegate-us", CLOCK);
		RecordedPosition again = p.record(US, new RecordPosition(Position.OBJECTION, "No.", null, null, null),
				"delegate-us", CLOCK);
		assertThat(again.changed()).isFalse();
		assertThat(p.events()).hasSize(1);
		assertThat(p.record(US, new RecordPosition(Position.OBJECTION, "No, still.", null, null, null), "delegate-us",
				CLOCK).changed()).isTrue();
	}

	@Test
	void aStateOffTheRosterTakesNoPosition() {
		ClientErrorException ex = refusal(() -> open().record(IN, position(Position.SUPPORT), "x", CLOCK));
		assertThat(ex.type()).isEqualTo("not-on-roster");
		assertThat(ex.status()).isEqualTo(422);
	}

	@Test
	void aPositionCannotPrecedeTablingNorBeInTheFuture() {
		assertThat(refusal(() -> open().record(US, new RecordPosition(Position.SUPPORT, null, null, null,
				TABLED.minusDays(1)), "x", CLOCK)).type()).isEqualTo("position-before-tabling");
		assertThat(refusal(() -> open().record(US, new RecordPosition(Position.SUPPORT, null, null, null,
				LocalDate.parse("2026-06-25")), "x", CLOCK)).type()).isEqualTo("date-in-future");
		assertThat(open().record(US, new RecordPosition(Position.SUPPORT, null, null, null, TABLED), "x", CLOCK).entry()
				.recordedOn()).isEqualTo(TABLED);
	}

	@Test
	void afterAdoptionAPositionIsKeptAsAStatementAndChangesNothing() {
		Proposal p = plenary(ProposalType.ADOPT_STATEMENT, ProposalStatus.ADOPTED, 2L, 2);
		RecordedPosition recorded = p.record(CN, position(Position.OBJECTION), "delegate-cn", CLOCK);
		assertThat(recorded.entry().afterDecision()).isTrue();
		assertThat(p.row().changes()).isEqualTo(2);
		assertThat(p.row().status()).isEqualTo(ProposalStatus.ADOPTED);
		assertThat(((PositionRecorded) p.events().get(0)).action()).isEqualTo("proposal.statement.recorded");
	}

	@Test
	void oneObjectionBlocksAndNamesTheObjector() {
		Proposal p = open();
		p.record(US, position(Position.SUPPORT), "delegate-us", CLOCK);
		p.record(CN, position(Position.OBJECTION), "delegate-cn", CLOCK);
		Decision d = p.decide(null, "chair", CLOCK);
		assertThat(d.status()).isEqualTo(ProposalStatus.BLOCKED);
		assertThat(d.objectors()).containsExactly(CN);
		assertThat(d.decidedOn()).isEqualTo(LocalDate.parse("2026-06-24"));
		assertThat(p.row().status()).isEqualTo(ProposalStatus.BLOCKED);
		assertThat(p.events()).last().isInstanceOfSatisfying(ProposalDecided.class,
				e -> assertThat(e.action()).isEqualTo("proposal.decided"));
	}

	@Test
	void adoptingAnAdmissionAdmitsTheSubject() {
		Proposal p = open();
		p.record(US, position(Position.SUPPORT), "delegate-us", CLOCK);
		assertThat(p.decide(TABLED, "chair", CLOCK).status()).isEqualTo(ProposalStatus.ADOPTED);
		assertThat(p.events()).last().isInstanceOfSatisfying(ParticipantAdmitted.class, e -> {
			assertThat(e.state()).isEqualTo(IN);
			assertThat(e.date()).isEqualTo(TABLED);
		});
	}

	@Test
	void adoptingAnExceptionPublishesIt() {
		ExceptionPayload india = new ExceptionPayload(IN, List.of(ControlList.TRIGGER), EndUseActivity.SAFEGUARDED_NUCLEAR,
				List.of(ExceptionPayload.Waiver.FULL_SCOPE_SAFEGUARDS), List.of(ExceptionPayload.Exclusion.ENR));
		ProposalRow row = row(ProposalType.ADOPT_EXCEPTION, Procedure.PLENARY, null, ProposalStatus.OPEN, null, 0);
		Proposal p = Proposal.of(new ProposalRow(row.id(), row.type(), IN, row.title(), null, row.procedure(), null, india, null,
				null, row.tabledOn(), row.tabledAt(), row.tabledBy(), row.status(), null, 0, null), List.of(US, CN, FR), Map.of(),
				Map.of());
		p.decide(null, "chair", CLOCK);
		assertThat(p.events()).last().isInstanceOfSatisfying(ExceptionAdopted.class,
				e -> assertThat(e.payload()).isEqualTo(india));
	}

	@Test
	void adoptingAnAmendmentMakesItTheNextRevisionFromItsDateOrTheDecisionsIfLater() {
		GuidelinesAmendment amendment = new GuidelinesAmendment(2, LocalDate.parse("2026-07-01"), List.of(),
				new GuidelinesAmendment.EntryChanges(List.of(new GuidelinesAmendment.Entry("2.B.9", "A new machine", "2.B")),
						List.of(), List.of()));
		Proposal later = Proposal.of(amendmentRow(amendment), List.of(US, CN, FR), Map.of(), Map.of());
		later.decide(null, "chair", CLOCK);
		assertThat(later.events()).last().isInstanceOfSatisfying(GuidelinesAmended.class, e -> {
			assertThat(e.effective()).isEqualTo(LocalDate.parse("2026-07-01"));
			assertThat(e.amendment().list()).isEqualTo("DUAL_USE");
		});
		GuidelinesAmendment backdated = new GuidelinesAmendment(2, TABLED, amendment.paragraphs(), amendment.entries());
		Proposal earlier = Proposal.of(amendmentRow(backdated), List.of(US, CN, FR), Map.of(), Map.of());
		earlier.decide(null, "chair", CLOCK);
		assertThat(earlier.events()).last().isInstanceOfSatisfying(GuidelinesAmended.class,
				e -> assertThat(e.effective()).as("never before the decision").isEqualTo(LocalDate.parse("2026-06-24")));
		Proposal blocked = Proposal.of(amendmentRow(amendment), List.of(US, CN, FR), Map.of(), Map.of());
		blocked.record(CN, position(Position.OBJECTION), "delegate-cn", CLOCK);
		blocked.decide(null, "chair", CLOCK);
		assertThat(blocked.events()).noneMatch(GuidelinesAmended.class::isInstance);
	}

	static ProposalRow amendmentRow(GuidelinesAmendment amendment) {
		return new ProposalRow(8, ProposalType.AMEND_GUIDELINES, null, "Add 2.B.9", null, Procedure.PLENARY, null, amendment,
				null, null, TABLED, NOW.minusSeconds(86400 * 4), "chair", ProposalStatus.OPEN, null, 0, null);
	}

	@Test
	void anAdoptedDecisionIsFinal() {
		Proposal p = plenary(ProposalType.ADOPT_STATEMENT, ProposalStatus.ADOPTED, 0L, 0);
		assertThat(refusal(() -> p.decide(null, "chair", CLOCK)).type()).isEqualTo("already-adopted");
		assertThat(refusal(() -> p.withdraw("late", "chair", CLOCK)).type()).isEqualTo("already-adopted");
	}

	@Test
	void aDecisionIsNotTakenTwiceOnTheSamePositions() {
		Proposal p = plenary(ProposalType.ADOPT_STATEMENT, ProposalStatus.BLOCKED, 3L, 3);
		ClientErrorException ex = refusal(() -> p.decide(null, "chair", CLOCK));
		assertThat(ex.type()).isEqualTo("nothing-changed");
		assertThat(ex.status()).isEqualTo(409);
		p.record(FR, position(Position.NO_OBJECTION), "delegate-fr", CLOCK);
		assertThat(p.decide(null, "chair", CLOCK).status()).isEqualTo(ProposalStatus.ADOPTED);
	}

	@Test
	void aDecisionCannotPrecedeTabling() {
		assertThat(refusal(() -> open().decide(TABLED.minusDays(1), "chair", CLOCK)).type())
				.isEqualTo("decision-before-tabling");
	}

	@Test
	void theChairDoesNotCloseASilenceProcedureEarlyWhileAPgIsSilent() {
		Proposal p = silence(NOW.plusSeconds(3600));
		p.record(US, position(Position.SUPPORT), "delegate-us", CLOCK);
		ClientErrorException ex = refusal(() -> p.decide(null, "chair", CLOCK));
		assertThat(ex.type()).isEqualTo("decided-by-silence");
		assertThat(ex.status()).isEqualTo(409);
		assertThat(ex.detail()).contains("still silent: CN, FR");
	}

	@Test
	void theChairClosesASilenceProcedureEarlyOnceEveryPgHasSpoken() {
		Proposal p = silence(NOW.plusSeconds(3600));
		p.record(US, position(Position.SUPPORT), "delegate-us", CLOCK);
		p.record(FR, position(Position.NO_OBJECTION), "delegate-fr", CLOCK);
		p.record(CN, position(Position.OBJECTION), "delegate-cn", CLOCK);
		Decision d = p.decide(null, "chair", CLOCK);
		assertThat(d.status()).isEqualTo(ProposalStatus.BLOCKED);
		assertThat(d.objectors()).containsExactly(CN);
		assertThat(d.bySilence()).isFalse();
		assertThat(p.silenceIsDue(NOW.plusSeconds(7200))).as("closed early: the deadline no longer decides it").isFalse();
		assertThat(refusal(() -> p.decide(null, "chair", CLOCK)).type()).as("closed: no second early close")
				.isEqualTo("decided-by-silence");
	}

	@Test
	void aSilenceProcedureIsDecidedAtItsDeadlineOnThePositionsThenHeld() {
		Instant deadline = NOW.plusSeconds(3600);
		Proposal quiet = silence(deadline);
		assertThat(quiet.silenceIsDue(NOW)).isFalse();
		Clock later = Clock.fixed(deadline, ZoneOffset.UTC);
		assertThat(quiet.silenceIsDue(later.instant())).isTrue();
		Decision d = quiet.decideBySilence(later);
		assertThat(d.status()).isEqualTo(ProposalStatus.ADOPTED);
		assertThat(d.bySilence()).isTrue();
		assertThat(d.decidedBy()).isEqualTo("system");
		assertThat(((ProposalDecided) quiet.events().get(0)).action()).isEqualTo("proposal.decided.by-silence");
		assertThat(quiet.silenceIsDue(later.instant())).isFalse();

		Proposal broken = silence(deadline);
		broken.record(FR, position(Position.RESERVATION), "delegate-fr", CLOCK);
		assertThat(broken.decideBySilence(later).status()).isEqualTo(ProposalStatus.PENDING);
	}

	@Test
	void aSilenceProcedureIsExtendedOnlyToALaterFutureDeadlineWhileUndecided() {
		Instant deadline = NOW.plusSeconds(3600);
		Proposal p = silence(deadline);
		p.extend(deadline.plusSeconds(86400), "chair", CLOCK);
		assertThat(p.row().deadline()).isEqualTo(deadline.plusSeconds(86400));
		assertThat(p.events()).singleElement().isInstanceOfSatisfying(SilenceExtended.class, e -> {
			assertThat(e.previousDeadline()).isEqualTo(deadline);
			assertThat(e.action()).isEqualTo("proposal.extended");
		});
		assertThat(refusal(() -> silence(deadline).extend(deadline, "chair", CLOCK)).type()).isEqualTo("invalid-deadline");
		Proposal lapsed = silence(NOW.minusSeconds(60));
		assertThat(refusal(() -> lapsed.extend(NOW.minusSeconds(1), "chair", CLOCK)).type()).isEqualTo("invalid-deadline");
		assertThat(refusal(() -> open().extend(deadline, "chair", CLOCK)).type()).isEqualTo("not-a-silence-procedure");
		Proposal decided = silence(deadline);
		decided.decideBySilence(Clock.fixed(deadline, ZoneOffset.UTC));
		assertThat(refusal(() -> decided.extend(deadline.plusSeconds(60), "chair", CLOCK)).type())
				.isEqualTo("silence-decided");
	}

	@Test
	void aWithdrawnProposalTakesNoPositionDecisionOrExtension() {
		Proposal p = silence(NOW.plusSeconds(3600));
		p.withdraw("Superseded by proposal 9.", "chair", CLOCK);
		assertThat(p.row().status()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(p.events()).singleElement().isInstanceOfSatisfying(ProposalWithdrawn.class, e -> {
			assertThat(e.reason()).isEqualTo("Superseded by proposal 9.");
			assertThat(e.on()).isEqualTo(LocalDate.parse("2026-06-24"));
		});
		assertThat(p.silenceIsDue(NOW.plusSeconds(7200))).isFalse();
		assertThat(refusal(() -> p.record(US, position(Position.SUPPORT), "x", CLOCK)).type())
				.isEqualTo("proposal-withdrawn");
		assertThat(refusal(() -> p.extend(NOW.plusSeconds(9000), "chair", CLOCK)).type()).isEqualTo("proposal-withdrawn");
		assertThat(refusal(() -> p.withdraw("again", "chair", CLOCK)).type()).isEqualTo("proposal-withdrawn");
		Proposal blocked = plenary(ProposalType.ADOPT_STATEMENT, ProposalStatus.BLOCKED, 1L, 1);
		blocked.withdraw("No consensus in sight.", "chair", CLOCK);
		assertThat(refusal(() -> blocked.decide(null, "chair", CLOCK)).type()).isEqualTo("proposal-withdrawn");
	}

	@Test
	void storedPositionsAndStatementsAreWhatTheRulesCompareWith() {
		PositionEntry held = new PositionEntry(CN, Position.OBJECTION, null, Basis.RECORDED, null, TABLED,
				NOW.minusSeconds(60), "delegate-cn", false);
		Proposal p = Proposal.of(row(ProposalType.ADOPT_STATEMENT, Procedure.PLENARY, null, ProposalStatus.OPEN, null, 1),
				List.of(US, CN, FR), Map.of(CN, held), Map.of());
		assertThat(p.record(CN, new RecordPosition(Position.OBJECTION, null, null, null, TABLED), "delegate-cn", CLOCK)
				.changed()).isFalse();
		assertThat(p.decide(null, "chair", CLOCK).objectors()).containsExactly(CN);
	}
}
