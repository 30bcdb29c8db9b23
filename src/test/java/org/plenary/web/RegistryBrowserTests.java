package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a person sees on the public pages, in a real headless Chromium. */
class RegistryBrowserTests extends BrowserTest {


	@Test
	void homeMapRendersEveryStateOnACanvas() {
		browser.go("/");
		browser.until(d -> "195".equals(d.findElement(By.id("map")).getDomAttribute("data-rendered")));
		assertThat(browser.find("#map canvas").getSize().getWidth()).isGreaterThan(300);
		Object colouredPg = browser.script(
				"const o = window.plenaryMap.getOption(); return o.series[0].data.find(d => d.name === 'US').status;");
		assertThat(colouredPg).isEqualTo("PARTICIPATING_GOVERNMENT");
	}

	@Test
	void dateControlRedrawsTheRosterAndTheMap() {
		browser.go("/");
		browser.until(d -> d.findElement(By.id("map")).getDomAttribute("data-rendered") != null);
		assertThat(browser.text("#roster-count")).isEqualTo("48");

		browser.find(".presets button[data-date='2008-09-06']").click();
		browser.until(d -> d.findElement(By.id("roster-count")).getText().equals("45"));
		browser.until(d -> "2008-09-06".equals(d.findElement(By.id("map")).getDomAttribute("data-as-of")));
		assertThat(browser.text("#roster-panel h2")).contains("2008-09-06");
		assertThat(browser.driver().findElements(By.cssSelector("#roster-panel .chips li"))).hasSize(45);
		Object iceland = browser.script(
				"return window.plenaryMap.getOption().series[0].data.find(d => d.name === 'IS').status;");
		assertThat(iceland).isEqualTo("NPT_PARTY");

		browser.find(".presets button:last-child").click();
		browser.until(d -> d.findElement(By.id("roster-count")).getText().equals("48"));
	}

	@Test
	void statePageShowsEachFactsSourceAndWhetherItIsVerified() {
		browser.go("/states/IN?asOf=2016-06-23");
		assertThat(browser.text("h1")).contains("India");
		assertThat(browser.text("#map-status")).isEqualTo("Applicant");
		WebElement protocol = browser.driver().findElements(By.cssSelector("#timeline li")).stream()
				.filter(li -> li.getText().contains("Additional Protocol") && li.getText().contains("In force")).findFirst()
				.orElseThrow();
		assertThat(protocol.getText()).contains("2014-07-25").contains("World Nuclear News").contains("VERIFIED");
		assertThat(protocol.findElement(By.cssSelector("a.source-link")).getDomAttribute("href"))
				.startsWith("http://www.world-nuclear-news.org");
		assertThat(browser.text("#timeline")).contains("UNVERIFIED");
	}

	@Test
	void delegateSignsInThroughTheForm() {
		browser.go("/");
		browser.find("#sign-in").click();
		browser.find("#username").sendKeys("delegate-us");
		browser.find("#password").sendKeys("demo");
		browser.find("#sign-in-button").click();
		browser.until(d -> d.findElement(By.id("signed-in-as")).getText().equals("delegate-us"));
	}

	@Test
	void wrongPasswordShowsTheFormAgainWithAnError() {
		browser.go("/login");
		browser.find("#username").sendKeys("delegate-us");
		browser.find("#password").sendKeys("not-the-password");
		browser.clickAndLoad("#sign-in-button");
		assertThat(browser.text("#login-error")).contains("do not match");
	}

	@Test
	void unknownApiPathIsAProblemWithoutAStackTrace() throws Exception {
		String auth = Base64.getEncoder().encodeToString("analyst:demo".getBytes());
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/no/such/thing")).header("Authorization", "Basic " + auth)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
		assertThat(response.body()).contains("\"/problems/http-404\"").contains("/api/no/such/thing")
				.doesNotContain("trace").doesNotContain("Exception");
	}
}
