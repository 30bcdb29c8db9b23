package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The assessment page as a licensing officer uses it. */
class LicensingBrowserTests extends BrowserTest {


	@Test
	void anOfficerAssessesATransferAndReRunsItAsOfAnotherDate() {
		browser.signIn("officer-fr").go("/licensing/assess");
		fill("#date", "2007-06-01");
		fill("#recipient", "IN");
		new Select(browser.find("#list")).selectByValue("TRIGGER");
		fill("#entry", "1.1");
		new Select(browser.find("#activity")).selectByValue("SAFEGUARDED_NUCLEAR");
		fill("#compareDate", "2009-06-01");
		browser.find("#assess-button").click();

		assertThat(browser.find("#decision [data-outcome]").getDomAttribute("data-outcome")).isEqualTo("DENY");
		assertThat(browser.find("#comparison [data-outcome]").getDomAttribute("data-outcome")).isEqualTo("APPROVE");
		assertThat(browser.text("#changes")).contains("Outcome: Deny on 2007-06-01, Approve on 2009-06-01")
				.contains("Adopted exception applies");
		assertThat(browser.text("#comparison")).contains("INFCIRC/734");
		browser.screenshot("assessment");

		WebElement ref = browser.find("#decision a.ref");
		assertThat(ref.getText()).as("Rev.8 was current in December 2006 (UNSCR 1737)").isEqualTo("INFCIRC/254/Rev.8/Part 1 para 4(a)");
		ref.click();
		browser.until(d -> d.getCurrentUrl().contains("/guidelines?asOf=") && d.getCurrentUrl().endsWith("#P1_FULL_SCOPE"));
		assertThat(browser.text("#P1_FULL_SCOPE")).contains("all source and special fissionable material");
	}

	@Test
	void anOfficerSavesATransferForItsGovernmentOnly() {
		browser.signIn("officer-de").go("/licensing/assess");
		fill("#date", "2020-01-01");
		fill("#recipient", "AR");
		fill("#entry", "2.1");
		browser.clickAndLoad("#save-button");
		assertThat(browser.text("#flash")).contains("only Germany (DE) sees it");
		assertThat(browser.text("#saved")).contains("AR").contains("Approve");
	}

	@Test
	void aBadEntryIsExplainedOnThePage() {
		browser.signIn("analyst").go("/licensing/assess");
		fill("#entry", "9.9");
		browser.find("#assess-button").click();
		assertThat(browser.text("#assess-error")).contains("9.9").contains("TRIGGER");
		assertThat(browser.driver().findElements(By.id("save-button"))).isEmpty();
	}

	@Test
	void aDelegateCannotUseTheAssessmentPage() {
		browser.signIn("delegate-fr").go("/licensing/assess");
		assertThat(browser.text("h1")).contains("403");
	}

	private void fill(String css, String value) {
		WebElement field = browser.find(css);
		browser.script("arguments[0].value = arguments[1];", field, value);
	}
}
