package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.TableProposal;
import org.plenary.notifications.Notifications;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox as a delegate uses it: the header count, the link to the proposal, marking read; and the choices page. */
class NotificationsBrowserTests extends BrowserTest {

	static final Caller NZ = new Caller("delegate-nz", Role.DELEGATE, StateCode.of("NZ"));

	@Autowired
	Proposals proposals;

	@Autowired
	Notifications notifications;

	@Test
	void aDelegateSeesTheTabledProposalInTheInboxFollowsItAndMarksItRead() {
		String title = "Statement on outreach " + UUID.randomUUID().toString().substring(0, 8);
		ProposalView proposal = proposals.table(new Caller("chair", Role.CHAIR, null), new TableProposal(
				ProposalType.ADOPT_STATEMENT, null, title, null, null, null, null, null, null, null));
		await().atMost(Duration.ofSeconds(20)).until(() -> notifications.inbox(NZ).notifications().stream()
				.anyMatch(n -> n.title().contains(title)));
		// Whatever reached this delegate before (the demo's history, other proposals) is already read.
		notifications.inbox(NZ).notifications().stream().filter(n -> !n.title().contains(title))
				.forEach(n -> notifications.markRead(NZ, n.id()));

		browser.signIn("delegate-nz");
		assertThat(browser.text("#inbox-link")).isEqualTo("Inbox (1)");
		browser.find("#inbox-link").click();
		browser.until(d -> d.getCurrentUrl().endsWith("/inbox"));
		assertThat(browser.text("#unread-count")).isEqualTo("1 unread");
		assertThat(browser.text("#notifications li.unread")).contains("Proposal tabled on your roster").contains(title);
		browser.screenshot("inbox");

		browser.driver().findElement(By.linkText("Proposal tabled: " + title)).click();
		browser.until(d -> d.getCurrentUrl().endsWith("/proposals/" + proposal.id()));
		assertThat(browser.text("h1")).contains(title);

		browser.go("/inbox");
		browser.clickAndLoad("#notifications li.unread .mark-read");
		assertThat(browser.text("#flash")).isEqualTo("Marked read.");
		assertThat(browser.text("#inbox-link")).isEqualTo("Inbox (0)");
		assertThat(browser.driver().findElements(By.cssSelector("#notifications li.unread"))).isEmpty();
		assertThat(browser.text("#notifications li.read")).contains(title);

		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.go("/inbox");
		assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;")).isEqualTo(true);
	}

	@Test
	void aUserChoosesWhatToReceiveWithAMessageNextToAWrongAddress() {
		browser.signIn("officer-nz").go("/inbox/preferences");
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;")).isEqualTo(true);
		assertThat(browser.find("#email").getDomProperty("value")).isEqualTo("officer-nz@demo.plenary.invalid");
		browser.find("#email").clear();
		browser.find("#email").sendKeys("officer at nz");
		browser.script("document.getElementById('email').type = 'text';"); // let the server judge it, as an old browser would
		browser.find("#mail-CONSULTATION_DUE").click();
		browser.clickAndLoad("#save-preferences");
		assertThat(browser.text("#email-error")).contains("well-formed");
		assertThat(browser.find("#mail-CONSULTATION_DUE").isSelected()).isFalse();

		browser.find("#email").clear();
		browser.find("#email").sendKeys("licensing@mfa.nz.invalid");
		browser.clickAndLoad("#save-preferences");
		assertThat(browser.text("#flash")).isEqualTo("Saved your choices.");
		assertThat(browser.find("#email").getDomProperty("value")).isEqualTo("licensing@mfa.nz.invalid");
		assertThat(browser.find("#mail-CONSULTATION_DUE").isSelected()).isFalse();
		assertThat(browser.find("#inbox-CONSULTATION_DUE").isSelected()).isTrue();
		assertThat(notifications.preferences(new Caller("officer-nz", Role.OFFICER, StateCode.of("NZ"))).kinds())
				.anyMatch(c -> c.kind().name().equals("CONSULTATION_DUE") && c.inbox() && !c.email());
	}
}
