package org.plenary.nodes;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Event publications complete once. Spring Modulith's resubmission at start-up is off
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart=false}): with several nodes, a
 * node starting would resubmit the publications another node is processing. Instead the leader (a
 * {@code @Scheduled} method runs there only) resubmits those still incomplete after
 * {@code plenary.nodes.resubmit-after}; on H2, the only node resubmits every incomplete one at start, as
 * the setting did.
 */
@Component
class PublicationResubmission {

	private static final Logger log = LoggerFactory.getLogger(PublicationResubmission.class);

	private final IncompleteEventPublications incomplete;
	private final ViewSync views;
	private final Duration after;

	PublicationResubmission(IncompleteEventPublications incomplete, ViewSync views,
			@Value("${plenary.nodes.resubmit-after:2m}") Duration after) {
		this.incomplete = incomplete;
		this.views = views;
		this.after = after;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (!views.shared()) {
			incomplete.resubmitIncompletePublications(p -> true);
		}
	}

	@Scheduled(initialDelayString = "${plenary.nodes.resubmit-interval:1m}", fixedDelayString = "${plenary.nodes.resubmit-interval:1m}")
	void resubmitStale() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(after);
		}
		catch (RuntimeException ex) {
			log.warn("Resubmitting incomplete event publications failed; the next run tries again", ex);
		}
	}
}
