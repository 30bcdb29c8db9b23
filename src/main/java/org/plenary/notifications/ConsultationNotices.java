package org.plenary.notifications;

import org.plenary.web.Labels;
import org.plenary.screening.consultations.Consultation;
import org.plenary.screening.consultations.ConsultationAnswered;
import org.plenary.screening.consultations.ConsultationOpened;
import org.plenary.screening.consultations.Consultations;
import org.plenary.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the denying PG's officers that a consultation was opened, and the consulting PG's officers that it was answered. */
@Component
class ConsultationNotices {

	private final Consultations consultations;
	private final Audiences audiences;
	private final Deliveries deliveries;
	private final Labels labels;

	ConsultationNotices(Consultations consultations, Audiences audiences, Deliveries deliveries, Labels labels) {
		this.consultations = consultations;
		this.audiences = audiences;
		this.deliveries = deliveries;
		this.labels = labels;
	}

	@ApplicationModuleListener
	void on(ConsultationOpened opened) {
		consultations.about(opened.id()).ifPresent(c -> deliveries.deliver(new Message("consultation-opened:" + c.id(),
				NotificationKind.CONSULTATION_OPENED, "Consultation " + c.id() + " opened by " + labels.state(c.consultingPg()),
				labels.state(c.consultingPg()) + " consults your government about its denial: " + c.subject()
						+ ". Answer by " + c.deadline() + ".", link(c)),
				audiences.of(Role.OFFICER, c.denyingPg())));
	}

	@ApplicationModuleListener
	void on(ConsultationAnswered answered) {
		consultations.about(answered.id()).ifPresent(c -> deliveries.deliver(new Message("consultation-answered:" + c.id(),
				NotificationKind.CONSULTATION_ANSWERED, "Consultation " + c.id() + " answered by " + labels.state(c.denyingPg()),
				labels.state(c.denyingPg()) + " answered: " + labels.of(answered.reply().answer()) + " (" + c.subject() + ").",
				link(c)), audiences.of(Role.OFFICER, c.consultingPg())));
	}

	static String link(Consultation c) {
		return "/consultations";
	}
}
