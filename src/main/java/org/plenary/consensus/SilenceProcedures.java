package org.plenary.consensus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decides silence procedures whose deadline has passed. The deadlines live in the database, so a
 * restart loses nothing: the first run after start decides whatever fell due while the service was
 * down. The interval is {@code plenary.silence.poll-interval} (default 5 s).
 */
@Component
class SilenceProcedures {

	private static final Logger log = LoggerFactory.getLogger(SilenceProcedures.class);

	private final Proposals proposals;

	SilenceProcedures(Proposals proposals) {
		this.proposals = proposals;
	}

	@Scheduled(initialDelayString = "${plenary.silence.initial-delay:1s}", fixedDelayString = "${plenary.silence.poll-interval:5s}")
	void decideDue() {
		int decided = proposals.decideDueSilenceProcedures();
		if (decided > 0) {
			log.info("Decided {} silence procedure(s) whose deadline had passed", decided);
		}
	}
}
