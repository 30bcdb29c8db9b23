package org.plenary.audit;

import org.plenary.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link Audited} event in the chain, synchronously and in the publisher's
 * transaction: a change and its entry commit or roll back together.
 */
@Component
class AuditRecorder {

	private final AuditLog log;

	AuditRecorder(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(Audited event) {
		log.append(event.actor(), event.action(), event.subject(), event.details());
	}
}
