package org.plenary.kafka;

import java.time.Instant;

/**
 * A fact Plenary publishes to other systems: a versioned JSON value ({@link #schema()}, e.g.
 * {@code plenary.denial/1}) on the topic of its kind, under a key that keeps one subject's events in
 * one partition, in order. Built in the transaction that made the fact and stored in that
 * transaction's event publication registry, so it is sent once the transaction commits, and sent
 * again if sending fails. See docs/events.md.
 */
public sealed interface IntegrationEvent permits IntegrationEvents.Denial, IntegrationEvents.ExceptionAdopted,
		IntegrationEvents.ParticipantAdmitted, IntegrationEvents.GuidelinesAmended, IntegrationEvents.DecisionTaken {

	/** {@code <name>/<version>}: a new version only when a field changes meaning or goes away. */
	String schema();

	/** When the fact was recorded (the transaction's clock). */
	Instant occurredAt();

	/** The topic of this kind of event. */
	String topic();

	/** The record key: the subject whose events must stay in order. */
	String key();
}
