package org.plenary.screening;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The server starts reading the published lists as soon as the screening module is created, on a
 * thread of their own, while the rest of the application starts: the lists (read from their saved
 * index, {@link SavedIndexes}) are usable by the time the server answers, and a search that comes
 * earlier waits for them, never sees half of them.
 */
@Component
class ScreeningWarmUp implements InitializingBean {

	private final Screening screening;

	ScreeningWarmUp(Screening screening) {
		this.screening = screening;
	}

	@Override
	public void afterPropertiesSet() {
		screening.load();
	}
}
