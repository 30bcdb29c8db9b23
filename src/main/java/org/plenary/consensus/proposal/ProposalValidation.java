package org.plenary.consensus.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.plenary.consensus.ExceptionPayload;
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
		ExceptionPayload p = c.payload();
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

	private static StateCode known(StateCode code, ParticipatingGovernments governments) {
		if (!governments.exists(code)) {
			throw InvalidInputException.of("unknown-state", "Unknown state", "No state has the code '" + code + "'.");
		}
		return code;
	}
}
