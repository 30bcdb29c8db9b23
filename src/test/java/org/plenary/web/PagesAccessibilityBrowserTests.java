package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.Sessions;
import org.plenary.participation.Applications;
import org.plenary.consensus.TableProposal;
import org.plenary.shared.Caller;
import org.plenary.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page, as each role sees it, on a 390x844 phone: nothing sticks out past the right edge, and
 * axe-core finds no serious or critical violation. Run with {@code -Dplenary.screenshots=docs/screenshots}
 * it also writes each main page's laptop-size screenshot for the README.
 */
class PagesAccessibilityBrowserTests extends BrowserTest {

	/**
	 * The pages, in one place: who looks (null for an anonymous visitor), where, and the screenshot's
	 * name (null for none). {@code {proposal}} stands for a proposal room tabled for the test. Add a new
	 * page here.
	 */
	static final List<Page> PAGES = List.of(
			new Page(null, "/", "home"),
			new Page(null, "/roster", "roster"),
			new Page(null, "/record", "record"),
			new Page(null, "/guidelines", "guidelines"),
			new Page(null, "/states/IN", "state"),
			new Page(null, "/login", "login"),
			new Page(null, "/no/such/page", null),
			new Page("chair", "/proposals", "proposals"),
			new Page("chair", "/proposals/{proposal}", "proposal-room"),
			new Page("chair", "/applications", null),
			new Page("chair", "/applications/{application}", "application"),
			new Page("chair", "/proposals/new", "proposal-new"),
			new Page("chair", "/sessions", null),
			new Page("chair", "/sessions/new", null),
			new Page("chair", "/sessions/{session}", "session"),
			new Page("delegate-cn", "/proposals/{proposal}", null),
			new Page("delegate-cn", "/inbox", "inbox"),
			new Page("delegate-cn", "/inbox/preferences", null),
			new Page("officer-us", "/licensing/assess", "assess"),
			new Page("officer-us", "/screening?name=Banco+Nacional+de+Cuba", "screening"),
			new Page("officer-us", "/denials", "denials"),
			new Page("officer-us", "/consultations", "consultations"),
			new Page("analyst", "/forecast", "forecast"),
			new Page("analyst", "/participation/scorecard?applicant=IN", "scorecard"),
			new Page("applicant-in", "/applications", "applications"),
			new Page("applicant-in", "/applications/{application}", null));

	record Page(String user, String path, String screenshot) {
	}

	@Autowired
	Proposals proposals;

	@Autowired
	Sessions sessions;

	@Autowired
	Applications applications;

	@Test
	void everyPageFitsAPhoneAndHasNoSeriousAccessibilityViolation() {
		ProposalView proposal = proposals.table(new Caller("chair", Role.CHAIR, null), new TableProposal(
				ProposalType.ADOPT_STATEMENT, null, "Statement on the accessibility of the pages", null, null, null, null, null,
				null, null));
		Caller chair = new Caller("chair", Role.CHAIR, null);
		long session = sessions.open(chair, new Sessions.OpenSession("Accessibility Plenary", "Vienna",
				java.time.LocalDate.parse("2027-06-01"), null)).id();
		long application = applications.list(chair).stream().filter(a -> a.state().equals("IN")).findFirst()
			.orElseGet(() -> applications.list(chair).get(0)).id();
		List<String> problems = new ArrayList<>();
		String signedIn = null;
		for (Page page : PAGES) {
			if (page.user() != null && !page.user().equals(signedIn)) {
				PageChecks.laptop(browser);
				browser.signIn(page.user());
				signedIn = page.user();
			}
			else if (page.user() == null && signedIn != null) {
				signOut();
				signedIn = null;
			}
			PageChecks.phone(browser);
			browser.go(page.path().replace("{proposal}", String.valueOf(proposal.id()))
				.replace("{session}", String.valueOf(session)).replace("{application}", String.valueOf(application)));
			browser.find("main");
			assertThat(browser.script("return window.innerWidth;")).as("a phone's width").isEqualTo((long) PageChecks.PHONE_WIDTH);
			String who = (page.user() == null ? "anonymous" : page.user()) + " " + page.path() + ": ";
			PageChecks.overflow(browser).stream().findFirst()
				.ifPresent(first -> problems.add(who + "overflows 390 px: " + PageChecks.overflow(browser)));
			PageChecks.axe(browser).forEach(v -> problems.add(who + v));
			browser.screenshot("phone" + page.path().replaceAll("[^A-Za-z0-9]+", "-") + "-" + page.user());
			if (page.screenshot() != null) {
				PageChecks.screenshot(browser, page.screenshot());
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private void signOut() {
		PageChecks.laptop(browser);
		browser.go("/");
		browser.find("header form button").click();
		browser.until(d -> !d.findElements(By.id("sign-in")).isEmpty());
	}
}
