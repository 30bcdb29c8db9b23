package org.plenary.notifications;

import org.plenary.web.Labels;
import java.util.ArrayList;
import java.util.List;

import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.identity.Recipient;
import org.plenary.participation.ApplicationAdmitted;
import org.plenary.participation.ApplicationProposed;
import org.plenary.participation.ApplicationSubmitted;
import org.plenary.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an applicant government's users that their application was received, put before the PGs or
 * admitted, and the Chair that a new application arrived. (The decision on the admission proposal
 * reaches the applicant through {@link ProposalNotices}.)
 */
@Component
class ApplicationNotices {

	private final Proposals proposals;
	private final Audiences audiences;
	private final Deliveries deliveries;
	private final Labels labels;

	ApplicationNotices(Proposals proposals, Audiences audiences, Deliveries deliveries, Labels labels) {
		this.proposals = proposals;
		this.audiences = audiences;
		this.deliveries = deliveries;
		this.labels = labels;
	}

	@ApplicationModuleListener
	void on(ApplicationSubmitted submitted) {
		String state = submitted.application().state();
		List<Recipient> recipients = new ArrayList<>(audiences.of(Role.APPLICANT, state));
		recipients.addAll(audiences.all(Role.CHAIR));
		deliveries.deliver(new Message("application-submitted:" + submitted.applicationId(), NotificationKind.APPLICATION_STATUS,
				"Application received: " + labels.state(state), labels.state(state) + " applied for participation.",
				"/applications"), recipients);
	}

	@ApplicationModuleListener
	void on(ApplicationProposed proposed) {
		ProposalView p = proposals.view(proposed.proposalId());
		String state = labels.state(p.subject());
		deliveries.deliver(new Message("application-proposed:" + proposed.applicationId() + ":" + proposed.proposalId(),
				NotificationKind.APPLICATION_STATUS, "Application before the PGs: " + state,
				"The Chair put the application of " + state + " before the Participating Governments as proposal "
						+ p.id() + ", \"" + p.title() + "\".", "/applications"),
				audiences.of(Role.APPLICANT, p.subject().value()));
	}

	@ApplicationModuleListener
	void on(ApplicationAdmitted admitted) {
		ProposalView p = proposals.view(admitted.proposalId());
		String state = labels.state(p.subject());
		deliveries.deliver(new Message("application-admitted:" + admitted.applicationId(), NotificationKind.APPLICATION_STATUS,
				"Admitted: " + state, state + " is a Participating Government from " + admitted.from() + ".", "/applications"),
				audiences.of(Role.APPLICANT, p.subject().value()));
	}
}
