package org.plenary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.audit.AuditLog;
import org.plenary.consensus.Basis;
import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.participation.ApplicationStatus;
import org.plenary.participation.ApplicationView;
import org.plenary.participation.Applications;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo history as the first start leaves it: replayed through the commands, and audited. */
@PlenaryIntegrationTest
class DemoHistoryIntegrationTests {

	static final Caller CHAIR = new Caller("chair", Role.CHAIR, null);

	@Autowired
	Proposals proposals;

	@Autowired
	Applications applications;

	@Autowired
	AuditLog audit;

	@Test
	void theIndiaStatementWasAdoptedBy45PgsAfterReservationsWereWithdrawn() {
		ProposalView india2008 = find(ProposalType.ADOPT_EXCEPTION, LocalDate.of(2008, 8, 21));
		assertThat(india2008.roster()).hasSize(45);
		assertThat(india2008.status()).isEqualTo(ProposalStatus.ADOPTED);
		assertThat(india2008.decisions()).singleElement().satisfies(d -> assertThat(d.decidedOn()).isEqualTo("2008-09-06"));
		assertThat(india2008.history()).filteredOn(p -> p.state().equals(StateCode.of("AT"))).extracting(p -> p.position().name())
				.containsExactly("RESERVATION", "NO_OBJECTION");
		assertThat(india2008.statementsAfterDecision()).singleElement()
				.satisfies(s -> assertThat(s.state()).isEqualTo(StateCode.of("CN")));
		assertThat(india2008.history()).allSatisfy(p -> {
			assertThat(p.basis()).isEqualTo(Basis.PRESS_REPORT);
			assertThat(p.source()).isNotBlank();
		});
		assertThat(india2008.payload()).isInstanceOfSatisfying(ExceptionPayload.class,
				payload -> assertThat(payload.state()).isEqualTo(StateCode.of("IN")));
	}

	@Test
	void theSeoulPlenaryDidNotAdmitIndiaWithChinaObjecting() {
		ProposalView seoul = find(ProposalType.ADMIT_PARTICIPANT, LocalDate.of(2016, 6, 23));
		assertThat(seoul.subject()).isEqualTo(StateCode.of("IN"));
		assertThat(seoul.roster()).hasSize(48);
		assertThat(seoul.status()).isEqualTo(ProposalStatus.BLOCKED);
		assertThat(seoul.decisions().get(0).objectors()).containsExactly(StateCode.of("CN"));
		assertThat(seoul.decisions().get(0).reservations()).extracting(StateCode::value)
				.containsExactly("AT", "BR", "CH", "IE", "NZ", "TR");
		assertThat(seoul.positions().get(StateCode.of("MX")).position().name()).isEqualTo("SUPPORT");
		assertThat(seoul.positions().get(StateCode.of("CH")).statement()).contains("Sources disagree");
	}

	@Test
	void indiaAndPakistanAppliedInMay2016AndOnlyIndiasBidWasTakenUp() {
		List<ApplicationView> all = applications.list(CHAIR);
		ApplicationView india = all.stream().filter(a -> a.state().equals("IN")).findFirst().orElseThrow();
		ApplicationView pakistan = all.stream().filter(a -> a.state().equals("PK")).findFirst().orElseThrow();
		assertThat(india.appliedOn()).isEqualTo("2016-05-12");
		assertThat(india.status()).isEqualTo(ApplicationStatus.UNDER_CONSIDERATION);
		assertThat(india.evidence()).isNotEmpty();
		assertThat(pakistan.appliedOn()).isEqualTo("2016-05-19");
		assertThat(pakistan.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void theReplayIsAuditedAndTheChainVerifies() {
		assertThat(audit.latest(10_000)).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("delegate-cn");
			assertThat(e.action()).isEqualTo("proposal.position.recorded");
		});
		assertThat(audit.verify().valid()).isTrue();
	}

	private ProposalView find(ProposalType type, LocalDate tabledOn) {
		return proposals.list(CHAIR).stream().filter(p -> p.type() == type && p.tabledOn().equals(tabledOn))
				.map(p -> proposals.view(p.id())).findFirst().orElseThrow();
	}
}
