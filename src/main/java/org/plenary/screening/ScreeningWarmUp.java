package org.plenary.screening;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The server reads the published lists as soon as it is up, so the first search does not wait. */
@Component
class ScreeningWarmUp {

	private final Screening screening;

	ScreeningWarmUp(Screening screening) {
		this.screening = screening;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		screening.load();
	}
}
