package org.plenary.consensus.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.ParticipatingGovernments;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.TableProposal;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.RuleRefusedException;
import org.plenary.shared.StateCode;

/** The checks a proposal must pass before it is tabled. */
public final class ProposalValidation {

	private ProposalValidation() {
	}

	/** The proposal's subject state: required to admit a participant, taken from the payload for an exception. */
	public static StateCode subject(TableProposal c, ParticipatingGovernments governments, LocalDate tabledOn) {
		return switch (c.type()) {
			case ADMIT_PARTICIPANT -> admissionSubject(c, governments, tabledOn);
			case ADOPT_EXCEPTION -> exceptionSubject(c, governments);
			case AMEND_GUIDELINES -> amendment(c, tabledOn);
			default -> c.subject() == null || c.subject().isBlank() ? null : known(StateCode.of(c.subject()), governments);
		};
	}

	public static void procedure(Procedure procedure, Instant deadline, Instant now) {
		if (procedure == Procedure.SILENCE && (deadline == null || !deadline.isAfter(now))) {
			throw InvalidInputException.of("invalid-deadline", "Silence procedure needs a future deadline",
					"A SILENCE procedure needs 'deadline', an ISO-8601 instant after now (" + now + "), e.g. "
							+ now.plusSeconds(7 * 86400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".");
		}
	}

	private static StateCode admissionSubject(TableProposal c, ParticipatingGovernments governments, LocalDate tabledOn) {
		if (c.subject() == null || c.subject().isBlank()) {
			throw InvalidInputException.of("missing-subject", "Missing subject",
					"An ADMIT_PARTICIPANT proposal needs 'subject', the ISO code of the state to admit, e.g. \"IN\".");
		}
		StateCode subject = known(StateCode.of(c.subject()), governments);
		if (governments.on(tabledOn).contains(subject)) {
			throw RuleRefusedException.of("already-participant", "Already a Participating Government",
					subject + " was already a Participating Government on " + tabledOn + ".",
					Map.of("state", subject.value()));
		}
		return subject;
	}

	private static StateCode exceptionSubject(TableProposal c, ParticipatingGovernments governments) {
		ExceptionPayload p = c.payload() instanceof ExceptionPayload e ? e : null;
		if (p == null || p.state() == null || p.lists().isEmpty() || p.activity() == null) {
			throw InvalidInputException.of("invalid-payload", "Incomplete exception payload",
					"An ADOPT_EXCEPTION proposal needs 'payload' with 'state', 'lists' (TRIGGER, DUAL_USE), 'activity' "
							+ "(e.g. SAFEGUARDED_NUCLEAR), 'waives' (e.g. FULL_SCOPE_SAFEGUARDS) and 'excludes' (e.g. ENR).");
		}
		if (c.subject() != null && !c.subject().isBlank() && !StateCode.of(c.subject()).equals(p.state())) {
			throw InvalidInputException.of("subject-mismatch", "Subject and payload disagree",
					"'subject' is " + c.subject() + " but the payload's 'state' is " + p.state() + ".");
		}
		return known(p.state(), governments);
	}

	/** An amendment changes something, from a day not before it is tabled; it names no state. */
	private static StateCode amendment(TableProposal c, LocalDate tabledOn) {
		if (!(c.payload() instanceof GuidelinesAmendment a)) {
			throw InvalidInputException.of("invalid-payload", "Missing amendment",
					"An AMEND_GUIDELINES proposal needs 'payload' with 'part' (1 or 2), 'effective' (a date), and 'paragraphs' "
							+ "([{\"id\": \"5\", \"text\": \"...\"}]) or 'entries' ({\"add\": [{\"entry\": \"2.B.9\", \"title\": \"...\", "
							+ "\"parent\": \"2.B\"}], \"change\": [...], \"remove\": [\"...\"]}).");
		}
		if (a.isEmpty()) {
			throw InvalidInputException.of("empty-amendment", "The amendment changes nothing",
					"Give at least one paragraph in 'paragraphs' or one entry to add, change or remove in 'entries'.",
					Map.of("field", "payload"));
		}
		if (a.effective().isBefore(tabledOn)) {
			throw InvalidInputException.of("effective-before-tabling", "Effective before it is tabled",
					"'payload.effective' is " + a.effective() + ", before the proposal is tabled (" + tabledOn
							+ "); an amendment takes effect on or after its adoption, and never changes an assessment already dated.",
					Map.of("field", "payload.effective"));
		}
		return null;
	}

	private static StateCode known(StateCode code, ParticipatingGovernments governments) {
		if (!governments.exists(code)) {
			throw InvalidInputException.of("unknown-state", "Unknown state", "No state has the code '" + code + "'.");
		}
		return code;
	}
}
