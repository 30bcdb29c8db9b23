package org.plenary.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.TestClock;
import org.plenary.TestDatabase;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The consensus module on its own (no registry, no audit, no pages of other modules): the roster
 * comes from a stub of its {@link ParticipatingGovernments} port, and what the module promises to
 * the others is checked as the events it publishes.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import({ TestDatabase.class, ConsensusModuleIntegrationTests.Roster.class })
@TestPropertySource(properties = { "plenary.test.isolated-database=consensus_module", "plenary.demo.enabled=false" })
class ConsensusModuleIntegrationTests {

	static final StateCode US = StateCode.of("US"), CN = StateCode.of("CN"), FR = StateCode.of("FR"),
			IN = StateCode.of("IN");

	static final Caller CHAIR = new Caller("chair", Role.CHAIR, null);

	@Autowired
	Proposals proposals;

	@Autowired
	TestClock clock;

	/** Three PGs on every date; India is a state, not a PG. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Roster {

		@Bean
		ParticipatingGovernments participatingGovernments() {
			return new ParticipatingGovernments() {

				@Override
				public List<StateCode> on(LocalDate date) {
					return List.of(CN, FR, US);
				}

				@Override
				public boolean exists(StateCode state) {
					return Set.of(CN, FR, US, IN).contains(state);
				}

				@Override
				public String name(StateCode state) {
					return state.value();
				}
			};
		}
	}

	static Caller delegate(StateCode state) {
		return new Caller("delegate-" + state.value().toLowerCase(), Role.DELEGATE, state);
	}

	long tableAdmission() {
		return proposals.table(CHAIR, new TableProposal(ProposalType.ADMIT_PARTICIPANT, "IN", "Admit India", null, null, null,
				null, null, null, null)).id();
	}

	@Test
	void consensusAdmitsTheSubjectAndSaysSoToTheOtherModules(Scenario scenario) {
		long id = tableAdmission();
		proposals.record(delegate(US), id, US, new RecordPosition(Position.SUPPORT, null, null, null, null));
		proposals.record(delegate(CN), id, CN, new RecordPosition(Position.NO_OBJECTION, null, null, null, null));
		scenario.stimulate(() -> proposals.decide(CHAIR, id, null))
			.andWaitForEventOfType(ParticipantAdmitted.class)
			.matching(e -> e.proposalId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.state()).isEqualTo(IN);
				assertThat(e.reference()).contains("proposal " + id);
			});
	}

	@Test
	void oneObjectionBlocksAndTheDecisionNamesTheObjector(Scenario scenario) {
		long id = tableAdmission();
		proposals.record(delegate(CN), id, CN, new RecordPosition(Position.OBJECTION, "Not an NPT party.", null, null, null));
		scenario.stimulate(() -> proposals.decide(CHAIR, id, null))
			.andWaitForEventOfType(ProposalDecided.class)
			.matching(e -> e.proposalId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.status()).isEqualTo(ProposalStatus.BLOCKED);
				assertThat(e.objectors()).containsExactly(CN);
				assertThat(e.action()).isEqualTo("proposal.decided");
			});
	}

	@Test
	void aSilenceProcedureDecidesItselfWhenTheClockPassesItsDeadline(Scenario scenario) {
		long id = proposals.table(CHAIR, new TableProposal(ProposalType.ADOPT_STATEMENT, null, "Quiet", null,
				Procedure.SILENCE, clock.instant().plusSeconds(60), null, null, null, null)).id();
		clock.advance(Duration.ofSeconds(61));
		scenario.stimulate(() -> proposals.decideDueSilenceProcedures())
			.andWaitForEventOfType(ProposalDecided.class)
			.matching(e -> e.proposalId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.status()).isEqualTo(ProposalStatus.ADOPTED);
				assertThat(e.bySilence()).isTrue();
				assertThat(e.actor()).isEqualTo("system");
			});
	}
}
