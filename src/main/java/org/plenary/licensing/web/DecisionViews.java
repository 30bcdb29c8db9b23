package org.plenary.licensing.web;

import java.time.LocalDate;
import java.util.List;

import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Paragraph;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Reason;
import org.plenary.licensing.SavedTransfers;
import org.plenary.licensing.Transfer;
import org.plenary.licensing.TransferAssessor;
import org.plenary.licensing.TransferDecision;
import org.plenary.shared.Caller;
import org.springframework.stereotype.Component;

/** Decisions as the assessment page shows them: each reason beside the paragraph it cites, and a caption. */
@Component
class DecisionViews {

	private final TransferAssessor assessor;
	private final Guidelines guidelines;

	DecisionViews(TransferAssessor assessor, Guidelines guidelines) {
		this.assessor = assessor;
		this.guidelines = guidelines;
	}

	/**
	 * A decision as the page shows it: a caption (what it is, null for a plain assessment), each reason
	 * with the paragraph it cites when it is one, and the subject a consultation on it would carry.
	 */
	record Shown(String caption, LocalDate date, TransferDecision decision, List<ShownReason> reasons, String subject) {
	}

	record ShownReason(Reason reason, Paragraph paragraph) {
	}

	/** {@code transfer} assessed now for {@code caller}. */
	Shown assess(Caller caller, Transfer transfer, String caption) {
		return shown(caption, transfer, assessor.assess(transfer, caller));
	}

	/** The decision a saved transfer had when it was saved. */
	Shown saved(SavedTransfers.Saved saved) {
		return shown("Saved " + saved.savedAt().toString().substring(0, 10) + " by " + saved.savedBy(), saved.transfer(),
				saved.decision());
	}

	private Shown shown(String caption, Transfer transfer, TransferDecision decision) {
		Rulebook book = guidelines.rulebook(transfer.date());
		List<ShownReason> reasons = decision.reasons().stream()
				.map(r -> new ShownReason(r, book.cited(r.ref()).orElse(null))).toList();
		return new Shown(caption, transfer.date(), decision, reasons, subject(transfer));
	}

	/** One line naming the transfer, for the consultation it may need. */
	static String subject(Transfer t) {
		StringBuilder s = new StringBuilder("Transfer");
		if (t.id() != null && !t.id().equals("form")) {
			s.append(' ').append(t.id());
		}
		if (t.item() != null && t.item().entry() != null) {
			s.append(" of entry ").append(t.item().entry());
			if (t.item().description() != null) {
				s.append(" (").append(t.item().description()).append(')');
			}
		}
		if (t.endUser() != null && t.endUser().name() != null) {
			s.append(" to ").append(t.endUser().name());
		}
		s.append(" in ").append(t.recipient()).append(" on ").append(t.date())
				.append(": essentially identical to your denial?");
		return s.length() > 1000 ? s.substring(0, 997) + "..." : s.toString();
	}
}
