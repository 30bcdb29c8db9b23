package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The Guidelines page as an analyst reads it: as of a date, the lists searched and browsed, two revisions compared. */
class GuidelinesBrowserTests extends BrowserTest {

	@Test
	void theAsOfControlShowsTheRevisionsAndParagraphsOfThatDay() {
		browser.go("/guidelines");
		String today = browser.text("#part1-revision");
		fill("#asOf", "1990-01-01");
		browser.find("#as-of-form button").click();
		browser.until(d -> d.getCurrentUrl().contains("asOf=1990-01-01"));
		assertThat(browser.text("#as-of-date")).isEqualTo("1990-01-01");
		assertThat(browser.text("#part1-revision")).startsWith("INFCIRC/254").isNotEqualTo(today);
		assertThat(browser.driver().findElements(By.id("P2_CATCH_ALL"))).as("no catch-all in 1990").isEmpty();
		browser.go("/guidelines?asOf=2020-01-01");
		assertThat(browser.driver().findElements(By.id("P2_CATCH_ALL"))).hasSize(1);
	}

	@Test
	void anAnalystSearchesTheListsByWordsAndReadsAnEntrysHistory() {
		browser.go("/guidelines?asOf=2020-01-01");
		new Select(browser.find("#list")).selectByValue("TRIGGER");
		fill("#q", "reactor");
		browser.find("#search-form button").click();
		browser.until(d -> d.getCurrentUrl().contains("q=reactor"));
		List<WebElement> found = browser.driver().findElements(By.cssSelector("#tree-TRIGGER li"));
		assertThat(found).isNotEmpty().allSatisfy(li -> assertThat(li.getText().toLowerCase(Locale.ROOT)).contains("reactor"));
		assertThat(browser.driver().findElements(By.id("tree-DUAL_USE"))).isEmpty();
		assertThat(browser.text("#found-count")).startsWith(found.size() + " entries");
		String entry = found.get(0).getDomAttribute("data-entry");
		found.get(0).findElement(By.tagName("a")).click();
		browser.until(d -> d.getCurrentUrl().contains("entry=" + entry));
		assertThat(browser.text("#history")).contains("History of Trigger List (Part 1) entry " + entry).contains("in force");
	}

	@Test
	void twoRevisionsOfAPartAreComparedAndAWrongPairIsExplained() {
		browser.go("/guidelines?part=2&from=Rev.1&to=Rev.99");
		assertThat(browser.text("#diff-error")).contains("Rev.99").contains("not a revision of Part 2");
		browser.go("/guidelines");
		new Select(browser.find("#part")).selectByValue("2");
		List<WebElement> options = new Select(browser.find("#from")).getOptions().stream()
				.filter(o -> o.getText().endsWith("Part 2")).toList();
		new Select(browser.find("#from")).selectByValue(options.get(0).getDomAttribute("value"));
		new Select(browser.find("#to")).selectByValue(options.get(options.size() - 1).getDomAttribute("value"));
		browser.find("#diff-form button").click();
		browser.until(d -> d.getCurrentUrl().contains("part=2"));
		assertThat(browser.text("#diff")).contains("entries added").contains("paragraphs");
		assertThat(browser.driver().findElements(By.cssSelector("#diff li"))).isNotEmpty();
		browser.screenshot("guidelines-diff");
	}

	private void fill(String css, String value) {
		WebElement field = browser.find(css);
		browser.script("arguments[0].value = arguments[1];", field, value);
	}
}
