package org.plenary.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.nodes.Decisions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Read your writes on one node: the request sent right after a decision's response (no waiting, no
 * retry) sees its effects: the admitted state on the roster of a proposal tabled next, an adopted
 * exception and a Guidelines amendment in the next assessment, a notified denial and a judgement on
 * it in the next screening. On a database of its own (an admission changes today's roster).
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=read_your_writes")
class ReadYourWritesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ViewSync views;

	@Autowired
	Leadership leadership;

	@Test
	void onH2ThisNodeIsAloneAndRunsTheSchedulers() {
		org.junit.jupiter.api.Assumptions.assumeFalse("postgres".equals(System.getProperty("plenary.test.database")),
				"on PostgreSQL several nodes may share the database");
		assertThat(views.shared()).as("H2 is one node: no other node to follow").isFalse();
		assertThat(leadership.isLeader()).isTrue();
	}

	@Test
	void theRequestAfterAnAdmissionTablesAProposalWithTheNewParticipatingGovernment() {
		NodeClient node = NodeClient.of(mvc);
		LocalDate today = LocalDate.now();
		assertThat(rosterOfANewProposal(node)).hasSize(48).doesNotContain("CL");

		admit(node, "CL");

		assertThat(rosterOfANewProposal(node)).hasSize(49).contains("CL");
		assertThat(participants(node, today)).isEqualTo(49);
	}

	@Test
	void theAssessmentAfterAnExceptionOrAnAmendmentIsAdoptedAppliesIt() {
		NodeClient node = NodeClient.of(mvc);
		String reactor = REACTOR_TO_PAKISTAN.formatted(LocalDate.now());
		assertThat(outcome(node, "officer-cn", reactor)).isEqualTo("DENY");
		adoptPakistanException(node);
		assertThat(outcome(node, "officer-cn", reactor)).isEqualTo("APPROVE");

		LocalDate effective = LocalDate.now().plusDays(60);
		String analyser = ANALYSER.formatted(effective.plusDays(1));
		assertThat(outcome(node, "officer-de", analyser)).as("not on the list yet").isEqualTo("HTTP 400");
		adoptAnalyserAmendment(node, effective);
		assertThat(outcome(node, "officer-de", analyser)).isEqualTo("APPROVE");
	}

	@Test
	void theScreeningAfterADenialOrAJudgementIsNotifiedSeesIt() {
		NodeClient node = NodeClient.of(mvc);
		String transfer = MACHINING_CENTRE.formatted(LocalDate.now());
		assertThat(outcome(node, "officer-fr", transfer)).isEqualTo("APPROVE");
		int denial = notifyDenial(node);
		assertThat(outcome(node, "officer-fr", transfer)).isEqualTo("CONSULT");
		judgeNotSame(node, denial);
		assertThat(outcome(node, "officer-fr", transfer)).isEqualTo("APPROVE");
	}
}
