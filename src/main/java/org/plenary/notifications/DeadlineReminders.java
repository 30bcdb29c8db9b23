package org.plenary.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.screening.consultations.Consultation;
import org.plenary.screening.consultations.Consultations;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines within 48 hours. An open silence procedure whose deadline is that near reminds the
 * roster's delegates whose government has not recorded a position; an unanswered consultation due
 * by the day after tomorrow reminds the denying PG's officers. Once per proposal (or consultation) and
 * deadline: the deadline is in the event key, so an extended silence procedure may remind again. The
 * scan runs every {@code plenary.notifications.scan-interval} (default 1 min).
 */
@Component
class DeadlineReminders {

	static final Duration NEAR = Duration.ofHours(48);

	/** The scan reads the proposals as a reader without a government: no positions are shown to anyone by it. */
	private static final Caller SYSTEM = new Caller("notifications", Role.ANALYST, null);

	private final Proposals proposals;
	private final Consultations consultations;
	private final Audiences audiences;
	private final Deliveries deliveries;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DeadlineReminders(Proposals proposals, Consultations consultations, Audiences audiences, Deliveries deliveries,
			TransactionTemplate transactions, Clock clock) {
		this.proposals = proposals;
		this.consultations = consultations;
		this.audiences = audiences;
		this.deliveries = deliveries;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${plenary.notifications.initial-delay:5s}",
			fixedDelayString = "${plenary.notifications.scan-interval:1m}")
	void scan() {
		remindSilenceProcedures();
		remindConsultations();
	}

	/** Reminds the silent delegates of every open silence procedure due within 48 hours; returns the rows written. */
	int remindSilenceProcedures() {
		Instant now = clock.instant();
		int written = 0;
		for (ProposalView summary : proposals.list(SYSTEM)) {
			if (summary.procedure() == Procedure.SILENCE && summary.status() == ProposalStatus.OPEN && summary.deadline() != null
					&& summary.deadline().isAfter(now) && !summary.deadline().isAfter(now.plus(NEAR))) {
				written += transactions.execute(tx -> remind(proposals.view(summary.id())));
			}
		}
		return written;
	}

	private int remind(ProposalView p) {
		Set<String> silent = new TreeSet<>();
		p.silent().forEach(s -> silent.add(s.value()));
		return deliveries.deliver(new Message("deadline-48h:" + p.id() + ":" + p.deadline(), NotificationKind.DEADLINE_NEAR,
				"Silence procedure ends soon: " + p.title(), "The silence procedure on \"" + p.title() + "\" ends at "
						+ p.deadline() + ". Your government has not recorded a position; unless a PG breaks silence with a "
						+ "reservation or objection, it is adopted then.", "/proposals/" + p.id()),
				audiences.of(Role.DELEGATE, p.roster().stream().filter(s -> silent.contains(s.value())).toList()));
	}

	/** Reminds the denying PG's officers of every unanswered consultation due by the day after tomorrow. */
	int remindConsultations() {
		int written = 0;
		for (Consultation c : consultations.openDueBy(LocalDate.now(clock).plusDays(2))) {
			written += transactions.execute(tx -> deliveries.deliver(new Message("consultation-due:" + c.id() + ":" + c.deadline(),
					NotificationKind.CONSULTATION_DUE, "Consultation " + c.id() + " due " + c.deadline(), "The consultation about \""
							+ c.subject() + "\" awaits your government's answer by " + c.deadline() + ".",
					ConsultationNotices.link(c)), audiences.of(Role.OFFICER, c.denyingPg())));
		}
		return written;
	}
}
