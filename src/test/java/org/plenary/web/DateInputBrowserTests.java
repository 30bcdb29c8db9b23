package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14, task 6: a date typed key by key on a state page and on the roster. Nothing reloads while
 * the date is partial; the complete date shows the page as of that day; a date that is not one gets a
 * message next to the field, not a 400 page.
 */
class DateInputBrowserTests extends BrowserTest {

	@Test
	void aDateTypedOnAStatePageShowsTheProfileAsOfThatDay() {
		browser.go("/states/IN");
		typeKeyByKey("2007-12-01");
		browser.until(d -> d.getCurrentUrl().contains("asOf=2007-12-01"));
		assertThat(browser.text("main h2")).isEqualTo("In force on 2007-12-01");
		assertThat(browser.find("#asOf").getDomProperty("value")).isEqualTo("2007-12-01");
		assertThat(browser.find("#asOf").getDomAttribute("type")).isEqualTo("text");
		assertThat(browser.find("#asOf").getDomAttribute("placeholder")).isEqualTo("yyyy-mm-dd");
		assertThat(browser.text("#npt-status")).isEqualTo("Not party to the NPT");
		assertThat(browser.text("#in-force")).doesNotContain("NON_PARTY").doesNotContain("ITEM_SPECIFIC")
			.contains("Item-specific safeguards agreement");
	}

	@Test
	void aDateTypedOnTheRosterShowsTheRosterOfThatDay() {
		browser.go("/roster");
		assertThat(browser.text("#roster-count")).isEqualTo("48");
		typeKeyByKey("2007-12-01");
		browser.until(d -> d.getCurrentUrl().contains("asOf=2007-12-01"));
		assertThat(browser.text("main h2")).contains("Participating Governments on 2007-12-01");
		assertThat(browser.text("#roster-count")).isEqualTo("45");
	}

	@Test
	void aDateTypedOnTheMapRedrawsTheMapAndRosterWithoutLeavingThePage() {
		browser.go("/");
		browser.until(d -> d.findElement(By.id("map")).getDomAttribute("data-rendered") != null);
		typeKeyByKey("2008-09-06");
		browser.until(d -> d.findElement(By.id("roster-count")).getText().equals("45"));
		browser.until(d -> "2008-09-06".equals(d.findElement(By.id("map")).getDomAttribute("data-as-of")));
		assertThat(browser.script("return window.notReloaded === true;")).as("the page stayed").isEqualTo(true);
	}

	@Test
	void aDateThatIsNotOneGetsAMessageNextToTheField() {
		browser.go("/states/IN?asOf=2016-06-23");
		browser.script("window.notReloaded = true;");
		WebElement input = browser.find("#asOf");
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys("2007-13-45", Keys.ENTER);
		browser.until(d -> String.valueOf(input.getDomProperty("validationMessage")).contains("is not a date"));
		assertThat(input.getDomProperty("validationMessage")).contains("yyyy-mm-dd");
		assertThat(browser.script("return window.notReloaded === true;")).as("the form was not sent").isEqualTo(true);

		browser.go("/states/IN?asOf=2007-13-45");
		assertThat(browser.text("#asOf-error")).contains("'2007-13-45' is not a date").contains("yyyy-mm-dd");
		assertThat(browser.find("#asOf").getDomAttribute("aria-describedby")).isEqualTo("asOf-error");
		assertThat(browser.find("#asOf").getDomProperty("value")).isEqualTo("2007-13-45");
		assertThat(browser.text("h1")).contains("India");
	}

	@Test
	void aPartialDateIsNeitherSentNorSubmittedByEnter() throws InterruptedException {
		browser.go("/roster?asOf=2016-06-23");
		browser.script("window.notReloaded = true;");
		WebElement input = browser.find("#asOf");
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys("2007-1", Keys.ENTER);
		Thread.sleep(800);
		assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(browser.driver().getCurrentUrl()).endsWith("asOf=2016-06-23");
	}

	/** Clears the date and types the new one a key at a time, checking after each key that the page has not reloaded. */
	private void typeKeyByKey(String date) {
		browser.script("window.notReloaded = true;");
		String before = browser.driver().getCurrentUrl();
		WebElement input = browser.find("#asOf");
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		for (int i = 0; i < date.length(); i++) {
			input.sendKeys(String.valueOf(date.charAt(i)));
			if (i < date.length() - 1) {
				pause(120);
				assertThat(browser.script("return window.notReloaded === true;")).as("no reload after '%s'", date.substring(0, i + 1))
					.isEqualTo(true);
				assertThat(browser.driver().getCurrentUrl()).isEqualTo(before);
			}
		}
		assertThat(browser.driver().findElements(By.cssSelector("#asOf-error"))).isEmpty();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
