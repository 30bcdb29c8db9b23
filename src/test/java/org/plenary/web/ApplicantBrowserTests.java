package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * An applicant applies, supplies evidence and follows its application; the Chair turns it into a proposal; all from the pages.
 * On a database of its own: it replaces the demo's Pakistani application, which other tests read as the demo left it.
 */
@TestPropertySource(properties = "plenary.test.isolated-database=applicant_pages")
class ApplicantBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicantAppliesWithEvidenceAndTheChairTurnsItIntoAProposal() {
		// The demo's Pakistani application would stop Pakistan applying again: start as a state with none open.
		jdbc.sql("delete from participation_evidence where application_id in "
				+ "(select id from participation_application where state_code = 'PK')").update();
		jdbc.sql("delete from participation_application where state_code = 'PK'").update();

		browser.signIn("applicant-pk").go("/applications");
		browser.find("#letter").sendKeys("Pakistan applies to participate in the Nuclear Suppliers Group.");
		browser.find("#appliedOn").sendKeys("2016-05-19");
		browser.find("#statement-EXPORT_CONTROL_SYSTEM").sendKeys("The Export Control Act 2004 covers the NSG lists.");
		browser.find("#source-EXPORT_CONTROL_SYSTEM").sendKeys("Act No. V of 2004");
		browser.clickAndLoad("#submit-application");
		assertThat(browser.text("#flash")).contains("Application submitted");
		assertThat(browser.text("h1")).contains("Pakistan (PK)");
		assertThat(browser.text("#status")).isEqualTo("Submitted");
		assertThat(browser.text("#factor-EXPORT_CONTROL_SYSTEM")).contains("Export Control Act 2004").contains("Act No. V of 2004");
		String page = browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf("/applications/"));

		browser.find("#evidence-GUIDELINES_ADHERENCE").sendKeys("Pakistan adheres to the Guidelines unilaterally.");
		browser.clickAndLoad("#supply-GUIDELINES_ADHERENCE");
		assertThat(browser.text("#flash")).contains("Evidence recorded");
		assertThat(browser.text("#factor-GUIDELINES_ADHERENCE")).contains("adheres to the Guidelines unilaterally");

		browser.signIn("chair").go(page);
		assertThat(new org.openqa.selenium.support.ui.Select(browser.find("#proposal-session")).getFirstSelectedOption().getText())
				.startsWith("No session yet");
		browser.clickAndLoad("#propose-admission");
		assertThat(browser.text("#flash")).contains("Tabled: Admission of Pakistan");
		assertThat(browser.text("#asked-what")).contains("Pakistan (PK)");

		browser.signIn("applicant-pk").go(page);
		assertThat(browser.text("#status")).isEqualTo("Under consideration");
		assertThat(browser.text("#decision")).contains("Admission of Pakistan").contains("open");
		assertThat(browser.driver().findElements(By.id("proposal-link"))).as("no link to a page that refuses the applicant").isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("a[href^='/proposals/']"))).isEmpty();
	}

	@Test
	void anApplicantCannotOpenAnotherApplicantsApplication() {
		long india = jdbc.sql("select max(id) from participation_application where state_code = 'IN'").query(Long.class).single();
		browser.signIn("applicant-pk").go("/applications/" + india);
		assertThat(browser.text("h1")).contains("403");
		assertThat(browser.driver().findElements(By.id("evidence"))).isEmpty();
		browser.go("/applications");
		assertThat(browser.text("#applications")).doesNotContain("India");
	}
}
