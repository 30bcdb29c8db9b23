package org.plenary.notifications;

import org.plenary.web.Labels;
import java.util.ArrayList;
import java.util.List;

import org.plenary.consensus.ProposalDecided;
import org.plenary.consensus.ProposalTabled;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.identity.Recipient;
import org.plenary.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the roster's delegates that a proposal was tabled; tells the roster's delegates, the Chair and
 * (for an admission) the applicant that it was decided. Each runs after the commit, in its own
 * transaction, and is republished after a crash; the event key makes a second run write nothing.
 */
@Component
class ProposalNotices {

	private final Proposals proposals;
	private final Audiences audiences;
	private final Deliveries deliveries;
	private final Labels labels;

	ProposalNotices(Proposals proposals, Audiences audiences, Deliveries deliveries, Labels labels) {
		this.proposals = proposals;
		this.audiences = audiences;
		this.deliveries = deliveries;
		this.labels = labels;
	}

	@ApplicationModuleListener
	void on(ProposalTabled tabled) {
		ProposalView p = proposals.view(tabled.proposalId());
		String body = labels.of(p.type()) + ": tabled by the Chair on " + p.tabledOn() + procedure(p)
				+ ". Your government is on its roster: record its position.";
		deliveries.deliver(new Message("proposal-tabled:" + p.id(), NotificationKind.PROPOSAL_TABLED,
				"Proposal tabled: " + p.title(), body, "/proposals/" + p.id()), audiences.of(Role.DELEGATE, p.roster()));
	}

	@ApplicationModuleListener
	void on(ProposalDecided decided) {
		ProposalView p = proposals.view(decided.proposalId());
		List<Recipient> recipients = new ArrayList<>(audiences.of(Role.DELEGATE, p.roster()));
		recipients.addAll(audiences.all(Role.CHAIR));
		if (decided.type() == ProposalType.ADMIT_PARTICIPANT && p.subject() != null) {
			recipients.addAll(audiences.of(Role.APPLICANT, p.subject().value()));
		}
		String status = labels.of(decided.status());
		String body = "\"" + p.title() + "\" was decided on " + decided.date() + (decided.bySilence() ? " by silence" : "")
				+ ": " + status + (decided.objectors().isEmpty() ? "" : "; objecting: " + labels.states(decided.objectors())) + ".";
		deliveries.deliver(new Message("proposal-decided:" + p.id() + ":" + decided.decision().decidedAt().toEpochMilli(),
				NotificationKind.PROPOSAL_DECIDED, "Proposal " + status.toLowerCase(java.util.Locale.ROOT) + ": " + p.title(), body,
				"/proposals/" + p.id()), recipients);
	}

	/** ", by silence procedure until 2026-06-01T12:00:00Z", or nothing for a Plenary. */
	private static String procedure(ProposalView p) {
		return p.procedure() == org.plenary.consensus.Procedure.SILENCE && p.deadline() != null
				? ", by silence procedure until " + p.deadline() : "";
	}
}
