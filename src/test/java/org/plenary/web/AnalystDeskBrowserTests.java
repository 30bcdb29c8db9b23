package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The analyst's forecast page: save, reopen and share a forecast; rows that stay put; a page that fits the screen. */
class AnalystDeskBrowserTests extends BrowserTest {

	@Test
	void anAnalystSavesReopensAndSharesAForecast() {
		browser.signIn("analyst").go("/forecast?scenario=india-2016-seoul");
		awaitForecast();
		WebElement slider = browser.find("#pgs tr[data-pg='CN'] input.pobject");
		slider.click();
		slider.sendKeys(Keys.HOME);
		waitUntil(d -> ((String) browser.script("return document.getElementById('scenario').value")).contains("Set on the forecast page")
				&& idle());
		String figure = browser.text("#p-consensus");
		browser.find("#save").click();
		waitUntil(d -> browser.text("#saved-msg").startsWith("Saved as forecast"));
		String id = browser.text("#saved-msg").replaceAll("\\D+", " ").trim().split(" ")[0];
		// The list shows the new forecast at once, without reloading the page.
		browser.find("#saved-list li[data-id='" + id + "'] a.reopen");
		assertThat(browser.text("#saved-list li[data-id='" + id + "']")).contains("analyst · private");

		browser.go("/forecast");
		browser.find("#saved-list li[data-id='" + id + "'] a.reopen").click();
		browser.until(d -> d.getCurrentUrl().endsWith("/forecast?saved=" + id));
		assertThat(browser.text("#reopened")).contains("Reopened saved forecast " + id).contains("private");
		waitUntil(d -> browser.text("#p-consensus").equals(figure));
		assertThat(browser.find("#pgs tr[data-pg='CN'] input.pobject").getDomProperty("value")).isEqualTo("0");
		assertThat((String) browser.script("return document.getElementById('scenario').value")).contains("\"CN\"")
				.contains("Set on the forecast page");
		assertThat(browser.text("#pgs tr[data-pg='CN'] .rule")).isEqualTo("Set by you");
		browser.screenshot("forecast-reopened");

		browser.find("#saved-list li[data-id='" + id + "'] button.share").click();
		waitUntil(d -> browser.text("#saved-msg").contains("is shared"));
		String link = browser.find("#share-href").getDomAttribute("href");
		assertThat(link).endsWith("/forecast?saved=" + id);
		assertThat(browser.text("#saved-list li[data-id='" + id + "']")).contains("shared");

		browser.signIn("delegate-fr").go("/forecast?saved=" + id);
		assertThat(browser.text("#reopened")).contains("by analyst (shared)");
		waitUntil(d -> browser.text("#p-consensus").equals(figure));
		assertThat(browser.find("#pgs tr[data-pg='CN'] input.pobject").getDomProperty("value")).isEqualTo("0");
		assertThat(browser.driver().findElements(By.cssSelector("#saved-list li[data-id='" + id + "'] button.share"))).isEmpty();
	}

	@Test
	void aPrivateForecastIsRefusedToOthersAndAnApplicantCannotOpenAnyLink() {
		browser.signIn("analyst").go("/forecast?scenario=india-2016-seoul");
		awaitForecast();
		browser.find("#save").click();
		waitUntil(d -> browser.text("#saved-msg").startsWith("Saved as forecast"));
		String id = browser.text("#saved-msg").replaceAll("\\D+", " ").trim().split(" ")[0];
		browser.signIn("delegate-fr").go("/forecast?saved=" + id);
		assertThat(browser.text("h1")).contains("404");
		browser.signIn("applicant-in").go("/forecast?saved=" + id);
		assertThat(browser.text("h1")).contains("403");

		browser.signIn("analyst").go("/forecast?saved=" + id);
		browser.find("#saved-list li[data-id='" + id + "'] button.share").click();
		waitUntil(d -> browser.text("#saved-msg").contains("is shared"));
		browser.signIn("delegate-fr").go("/forecast?saved=" + id);
		assertThat(browser.text("#reopened")).contains("shared");
		Object status = browser.script("const m = document.getElementById('csrf'); const h = {'Content-Type': 'application/json'};"
				+ "h[m.dataset.header] = m.dataset.token; return fetch('/forecast/saved/' + arguments[0] + '/shared', {method: 'PUT',"
				+ " headers: h, body: '{\"shared\": false}'}).then(r => r.status);", id);
		assertThat(status).as("only its author may make a forecast private again").isEqualTo(403L);
	}

	@Test
	void rowsStayPutWhileASliderIsDraggedAndPgsAreNamed() {
		browser.signIn("analyst").go("/forecast?scenario=india-2016-seoul");
		awaitForecast();
		List<String> before = order();
		assertThat(browser.text("#pgs tr[data-pg='CN'] th")).isEqualTo("China (CN)");
		String moved = before.get(before.size() > 3 ? 3 : 0);
		for (String value : new String[] { "0.9", "0.6", "0.3", "0.05", "0.7" }) {
			browser.script("const i = document.querySelector(\"#pgs tr[data-pg='\" + arguments[0] + \"'] input.pobject\");"
					+ "i.focus(); i.value = arguments[1]; i.dispatchEvent(new Event('input', {bubbles: true}));", moved, value);
			waitUntil(d -> idle());
			assertThat(order()).as("while dragging to " + value).isEqualTo(before);
		}
		assertThat(browser.text("#persuasion")).containsPattern("[A-Z][a-z]+.* \\([A-Z]{2}\\)");
	}

	@Test
	void theForecastAndAssessPagesFitAPhoneAndTheForecastFitsALaptop() {
		browser.signIn("analyst");
		browser.driver().manage().window().setSize(new Dimension(1366, 768));
		browser.go("/forecast?scenario=india-2016-seoul");
		awaitForecast();
		long height = (Long) browser.script("return document.documentElement.scrollHeight");
		browser.screenshot("forecast-laptop");
		assertThat(height).as("the forecast page's height at 1366x768").isLessThan(2600);
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		for (String page : new String[] { "/forecast?scenario=india-2016-seoul", "/licensing/assess" }) {
			browser.go(page);
			browser.find("main h1");
			if (page.startsWith("/forecast")) {
				awaitForecast();
			}
			browser.screenshot("phone" + page.replaceAll("\\W+", "-"));
			assertThat(wider()).as(page + " at 390 px").isEmpty();
		}
		browser.signIn("officer-fr").go("/licensing/assess");
		assertThat(wider()).as("the officer's assess page at 390 px").isEmpty();
		browser.script("document.getElementById('compareDate').value = '2007-06-01'");
		browser.find("#assess-button").click();
		browser.find("#changes");
		assertThat(wider()).as("a decision compared with another date at 390 px").isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> wider() {
		return (List<String>) browser.script("const w = document.documentElement.clientWidth;"
				+ "return [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-scroll'))"
				+ ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > w + 1 || r.left < -1); })"
				+ ".map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
				+ ".concat(document.documentElement.scrollWidth > w ? ['page scrollWidth ' + document.documentElement.scrollWidth] : [])");
	}

	@SuppressWarnings("unchecked")
	private List<String> order() {
		return (List<String>) browser.script("return [...document.querySelectorAll('#pgs tbody tr')].map(tr => tr.dataset.pg)");
	}

	private void awaitForecast() {
		waitUntil(d -> browser.text("#p-consensus").endsWith("%")
				&& !d.findElements(By.cssSelector("#pgs tr[data-pg='CN']")).isEmpty() && idle());
	}

	private boolean idle() {
		return !"true".equals(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-forecasting"));
	}

	private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(condition);
	}
}
