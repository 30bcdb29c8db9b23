package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.plenary.Http;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.TableProposal;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposal room and the scorecard, as the Chair, a delegate and an applicant use them. */
class ConsensusBrowserTests extends BrowserTest {

	@Autowired
	Proposals proposals;


	@Test
	void delegatesPositionsAppearOnTheChairsScreenWithoutAReload() throws Exception {
		ProposalView proposal = proposals.table(new Caller("chair", Role.CHAIR, null), new TableProposal(
				ProposalType.ADOPT_STATEMENT, null, "Statement on transparency", null, null, null, null, null, null, null));
		browser.signIn("chair").go("/proposals/" + proposal.id());
		assertThat(browser.find("#tiles li[data-state='US']").getDomAttribute("data-position")).isEqualTo("SILENT");
		Object marker = browser.script("window.notReloaded = true; return window.notReloaded;");
		assertThat(marker).isEqualTo(true);

		put("delegate-us", proposal.id(), "US", "SUPPORT");
		put("delegate-cn", proposal.id(), "CN", "OBJECTION");

		browser.until(d -> "SUPPORT".equals(d.findElement(By.cssSelector("#tiles li[data-state='US']")).getDomAttribute("data-position")));
		browser.until(d -> "OBJECTION".equals(d.findElement(By.cssSelector("#tiles li[data-state='CN']")).getDomAttribute("data-position")));
		assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
		browser.screenshot("proposal-room");

		browser.find("#decide").click();
		browser.until(d -> d.findElement(By.id("proposal-status")).getText().equals("Blocked"));
		assertThat(browser.text("#decisions")).contains("Blocked").contains("China (CN)");
	}

	@Test
	void aDelegateRecordsItsPositionThroughTheForm() {
		ProposalView proposal = proposals.table(new Caller("chair", Role.CHAIR, null), new TableProposal(
				ProposalType.ADOPT_STATEMENT, null, "Statement on outreach", null, null, null, null, null, null, null));
		browser.signIn("delegate-at").go("/proposals/" + proposal.id());
		new org.openqa.selenium.support.ui.Select(browser.find("#position")).selectByValue("RESERVATION");
		browser.find("#statement").sendKeys("Austria needs time to consult its parliament");
		browser.clickAndLoad("#record-position");
		assertThat(browser.text("#flash")).contains("Austria (AT) recorded Reservation");
		assertThat(browser.find("#tiles li[data-state='AT']").getDomAttribute("data-position")).isEqualTo("RESERVATION");
		assertThat(browser.text("#history")).contains("Austria needs time");
	}

	@Test
	void theChairExtendsASilenceProcedureAndWithdrawsItFromThePage() {
		ProposalView proposal = proposals.table(new Caller("chair", Role.CHAIR, null), new TableProposal(
				ProposalType.ADOPT_STATEMENT, null, "Statement on brokering", null, Procedure.SILENCE,
				java.time.Instant.now().plus(java.time.Duration.ofDays(2)), null, null, null, null));
		browser.signIn("chair").go("/proposals/" + proposal.id());
		browser.find("#deadline").sendKeys("2099-01-15T12:00");
		browser.clickAndLoad("#extend");
		assertThat(browser.text("#flash")).contains("Deadline extended to 2099-01-15T12:00:00Z");
		assertThat(browser.text(".status-line")).contains("2099-01-15T12:00:00Z");
		browser.find("#reason").sendKeys("Superseded by the Plenary's own statement.");
		browser.find("#confirm-withdrawal").click();
		browser.clickAndLoad("#withdraw");
		assertThat(browser.text("#flash")).contains("Proposal withdrawn");
		assertThat(browser.text("#proposal-status")).isEqualTo("Withdrawn");
		assertThat(browser.driver().findElements(By.id("withdraw"))).as("nothing left to withdraw").isEmpty();
		assertThat(browser.driver().findElements(By.id("extend"))).isEmpty();
	}

	@Test
	void aDelegateSeesItsGovernmentsPositionAndConfirmsBeforeChangingIt() throws Exception {
		ProposalView proposal = proposals.table(new Caller("chair", Role.CHAIR, null), new TableProposal(
				ProposalType.ADOPT_STATEMENT, null, "Statement on intangible transfers", null, null, null, null, null, null, null));
		put("delegate-cn", proposal.id(), "CN", "OBJECTION");
		browser.signIn("delegate-cn").go("/proposals/" + proposal.id());
		Select position = new Select(browser.find("#position"));
		assertThat(position.getFirstSelectedOption().getDomAttribute("value")).as("the position held, not SUPPORT")
				.isEqualTo("OBJECTION");
		assertThat(browser.text("#own-position")).contains("Objection");

		position.selectByValue("SUPPORT");
		browser.clickAndLoad("#record-position");
		assertThat(browser.text("#confirm-change")).contains("China (CN) holds Objection").contains("Change to Support?");
		assertThat(proposals.view(proposal.id()).positions().get(org.plenary.shared.StateCode.of("CN")).position().name())
				.as("nothing is recorded before the change is confirmed").isEqualTo("OBJECTION");
		browser.clickAndLoad("#cancel-change");
		assertThat(new Select(browser.find("#position")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("OBJECTION");
		assertThat(proposals.view(proposal.id()).positions().get(org.plenary.shared.StateCode.of("CN")).position().name())
				.as("a cancelled change records nothing").isEqualTo("OBJECTION");

		new Select(browser.find("#position")).selectByValue("SUPPORT");
		browser.clickAndLoad("#record-position");
		browser.clickAndLoad("#confirm-change-button");
		assertThat(browser.text("#flash")).contains("China (CN) recorded Support (was Objection)");
		assertThat(new Select(browser.find("#position")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("SUPPORT");
	}

	@Test
	void theScorecardShowsStatusesAndEvidenceAsOfADate() {
		browser.signIn("analyst").go("/participation/scorecard?applicant=IN&criteria=nsg-factors&asOf=2016-06-23");
		assertThat(browser.text("[data-criterion='NPT_OR_NWFZ_COMPLIANCE'] h2")).startsWith("NOT_MET");
		assertThat(browser.text("[data-criterion='NPT_OR_NWFZ_COMPLIANCE'] table")).contains("NON_PARTY").contains("ACA, Kimball").doesNotContain("S73");
		browser.go("/participation/scorecard?applicant=IN&criteria=grossi-2016&asOf=2016-12-06");
		assertThat(browser.text("#never-adopted")).startsWith("NEVER ADOPTED");
		browser.screenshot("scorecard");
	}

	@Test
	void anApplicantCannotOpenTheProposalRoom() {
		browser.signIn("applicant-in").go("/proposals/1");
		assertThat(browser.text("h1")).contains("403");
		assertThat(browser.driver().findElements(By.id("tiles"))).isEmpty();
	}

	private void put(String user, long id, String state, String position) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/proposals/" + id + "/positions/" + state))
				.header("Authorization", Http.basic(user)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"position\":\"" + position + "\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}
}
