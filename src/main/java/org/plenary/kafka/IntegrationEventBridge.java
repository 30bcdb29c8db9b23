package org.plenary.kafka;

import java.time.Clock;

import org.plenary.consensus.ExceptionAdopted;
import org.plenary.consensus.GuidelinesAmended;
import org.plenary.consensus.ParticipantAdmitted;
import org.plenary.consensus.ProposalDecided;
import org.plenary.screening.denials.DenialRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * Turns the modules' events into integration events, synchronously, in the transaction that
 * published them: the integration event is published in that same transaction, so the event
 * publication registry stores it with the change, and the Kafka externalizer sends it after commit.
 * A change that rolls back publishes nothing.
 */
class IntegrationEventBridge {

	private final ApplicationEventPublisher events;
	private final Clock clock;

	IntegrationEventBridge(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(DenialRecorded recorded) {
		events.publishEvent(IntegrationEvents.Denial.of(recorded));
	}

	@EventListener
	void on(ExceptionAdopted adopted) {
		events.publishEvent(IntegrationEvents.ExceptionAdopted.of(adopted, clock.instant()));
	}

	@EventListener
	void on(ParticipantAdmitted admitted) {
		events.publishEvent(IntegrationEvents.ParticipantAdmitted.of(admitted, clock.instant()));
	}

	@EventListener
	void on(GuidelinesAmended amended) {
		events.publishEvent(IntegrationEvents.GuidelinesAmended.of(amended, clock.instant()));
	}

	@EventListener
	void on(ProposalDecided decided) {
		events.publishEvent(IntegrationEvents.DecisionTaken.of(decided, clock.instant()));
	}
}
