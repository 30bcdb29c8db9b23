package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The forecast page in Chromium: moving one PG's slider moves the probability shown. */
class ForecastBrowserTests extends BrowserTest {

	@Test
	void changingOnePgChangesTheForecastShown() {
		browser.signIn("analyst").go("/forecast?scenario=india-2016-seoul");
		WebElement figure = browser.find("#p-consensus");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(d -> figure.getText().endsWith("%")
				&& !browser.driver().findElements(org.openqa.selenium.By.cssSelector("#pgs tr[data-pg='CN']")).isEmpty());
		String before = figure.getText();
		assertThat((String) browser.script("return document.querySelector(\"#pgs tr[data-pg='AT']\").textContent"))
				.contains("Held out on a state outside the NPT");
		assertThat((String) browser.script("return document.getElementById('persuasion').textContent")).contains("China (CN)");

		// China, the main opponent in the scenario, is persuaded down to no objection with the keyboard.
		WebElement slider = browser.find("#pgs tr[data-pg='CN'] input.pobject");
		slider.click();
		slider.sendKeys(Keys.HOME);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(d -> !figure.getText().equals(before)
				&& "false".equals(d.findElement(org.openqa.selenium.By.tagName("body")).getDomAttribute("data-forecasting")));
		double after = Double.parseDouble(figure.getDomAttribute("data-value"));
		assertThat(after).isGreaterThan(Double.parseDouble(before.replace("%", "")) / 100);
		assertThat((String) browser.script("return document.getElementById('scenario').value")).contains("Set on the forecast page");
		browser.screenshot("forecast");

		browser.find("#share").click();
		browser.find("#save").click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.text("#saved-msg").contains("(shared)"));
		browser.signIn("delegate-fr").go("/forecast");
		assertThat(browser.text("#saved-list")).contains("analyst · shared");
		browser.find("#saved-list a").click();
		assertThat(browser.text("#reopened")).contains("by analyst (shared)");
	}

	@Test
	void anApplicantCannotOpenTheForecastPage() {
		browser.signIn("applicant-in").go("/forecast");
		assertThat(browser.text("h1")).contains("403");
	}
}
