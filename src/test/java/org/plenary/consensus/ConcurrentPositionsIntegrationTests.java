package org.plenary.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.audit.AuditLog;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;

/** Many delegates recording at the same moment never lose an update (run on H2 and on PostgreSQL). */
@PlenaryIntegrationTest
class ConcurrentPositionsIntegrationTests {

	static final int ROUNDS = 15;

	@Autowired
	Proposals proposals;

	@Autowired
	AuditLog audit;

	@Test
	void fortyEightDelegatesWritingAtOnceLoseNothing() throws Exception {
		Caller chair = new Caller("chair", Role.CHAIR, null);
		ProposalView proposal = proposals.table(chair, new TableProposal(ProposalType.ADOPT_STATEMENT, null,
				"Concurrency", null, null, null, null, null, null, null));
		long entriesBefore = audit.verify().events();
		ExecutorService pool = Executors.newFixedThreadPool(48);
		List<Future<?>> writers = new ArrayList<>();
		for (StateCode pg : proposal.roster()) {
			Caller delegate = new Caller("delegate-" + pg.value().toLowerCase(Locale.ROOT), Role.DELEGATE, pg);
			writers.add(pool.submit(() -> {
				for (int round = 1; round <= ROUNDS; round++) {
					Position position = round % 2 == 0 ? Position.NO_OBJECTION : Position.SUPPORT;
					proposals.record(delegate, proposal.id(), pg, new RecordPosition(position, "round " + round, null, null, null));
				}
			}));
		}
		for (Future<?> writer : writers) {
			writer.get();
		}
		pool.shutdown();

		ProposalView after = proposals.view(proposal.id());
		assertThat(after.history()).hasSize(48 * ROUNDS);
		assertThat(after.positions()).hasSize(48).allSatisfy((pg, entry) -> {
			assertThat(entry.statement()).isEqualTo("round " + ROUNDS);
			assertThat(entry.position()).isEqualTo(ROUNDS % 2 == 0 ? Position.NO_OBJECTION : Position.SUPPORT);
		});
		var verification = audit.verify();
		assertThat(verification.valid()).isTrue();
		assertThat(verification.events()).isGreaterThanOrEqualTo(entriesBefore + 48 * ROUNDS);
	}
}
